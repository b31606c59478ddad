package org.bashke.network.bulletin.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bashke.directory.Directory;
import org.bashke.network.bulletin.Bulletin;
import org.bashke.network.bulletin.BulletinAudience;
import org.bashke.network.bulletin.BulletinRuleBroken;
import org.bashke.network.bulletin.MemberDocuments;
import org.bashke.network.bulletin.SendBulletins;
import org.bashke.files.FileRejected;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bulletins and member documents: the members' archive and the secretariat's composing and sending. */
@Controller
class BulletinController {

    private final SendBulletins bulletins;
    private final MemberDocuments documents;
    private final Directory directory;

    BulletinController(SendBulletins bulletins, MemberDocuments documents, Directory directory) {
        this.bulletins = bulletins;
        this.documents = documents;
        this.directory = directory;
    }

    @GetMapping("/network/bulletins")
    String archive(Model model) {
        model.addAttribute("bulletins", bulletins.archive());
        return "network/bulletin/archive";
    }

    @GetMapping("/network/bulletins/{id}")
    String read(@PathVariable("id") long id, Model model) {
        model.addAttribute("b", bulletins.read(id));
        return "network/bulletin/show";
    }

    @GetMapping("/network/member-documents")
    String documents(Model model) {
        model.addAttribute("documents", documents.list());
        return "network/bulletin/documents";
    }

    @GetMapping("/network/member-documents/{id}")
    ResponseEntity<Resource> download(@PathVariable("id") long id) {
        return documents.download(id);
    }

    @GetMapping("/admin/network/bulletins")
    String adminList(Model model) {
        model.addAttribute("bulletins", bulletins.all());
        return "network/bulletin/admin/list";
    }

    @GetMapping("/admin/network/bulletins/new")
    String newForm(Model model) {
        return form(new BulletinForm(), null, model);
    }

    @PostMapping("/admin/network/bulletins/new")
    String create(BulletinForm form, Model model) {
        try {
            BulletinAudience audience = BulletinAudience.of(form.audience() == null ? "" : form.audience(),
                    "WORKING_GROUP".equals(form.audience()) ? form.group() : form.region());
            Language o = form.original() == null ? Language.SQ : form.original();
            Bulletin b = bulletins.compose(LocalizedText.of(o, form.subjectSq(), form.subjectSr(), form.subjectEn()),
                    LocalizedText.of(o, form.bodySq(), form.bodySr(), form.bodyEn()), audience);
            return "redirect:/admin/network/bulletins/" + b.getId();
        } catch (BulletinRuleBroken e) {
            return form(form, e.messageKey(), model);
        }
    }

    @GetMapping("/admin/network/bulletins/{id}")
    String adminShow(@PathVariable("id") long id, Model model, Locale locale) {
        Bulletin b = bulletins.forSecretariat(id);
        model.addAttribute("b", b);
        model.addAttribute("progress", bulletins.progress(id));
        model.addAttribute("regionName", regionNames(locale).get(b.getAudienceValue()));
        return "network/bulletin/admin/show";
    }

    @PostMapping("/admin/network/bulletins/{id}/send")
    String send(@PathVariable("id") long id, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            int n = bulletins.send(id);
            redirect.addFlashAttribute("flash", "network.bulletin.flash.sent");
            return "redirect:/admin/network/bulletins/" + id;
        } catch (BulletinRuleBroken e) {
            model.addAttribute("problem", e.messageKey());
            return adminShow(id, model, locale);
        }
    }

    @GetMapping("/admin/network/member-documents")
    String adminDocuments(Model model) {
        model.addAttribute("documents", documents.list());
        return "network/bulletin/admin/documents";
    }

    @PostMapping("/admin/network/member-documents")
    String upload(@RequestParam(name = "titleSq", required = false) String titleSq,
                  @RequestParam(name = "titleSr", required = false) String titleSr,
                  @RequestParam(name = "titleEn", required = false) String titleEn,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        try {
            documents.upload(LocalizedText.of(Language.SQ, titleSq, titleSr, titleEn), file);
            redirect.addFlashAttribute("flash", "network.document.flash.uploaded");
            return "redirect:/admin/network/member-documents";
        } catch (BulletinRuleBroken e) {
            model.addAttribute("problem", e.messageKey());
        } catch (FileRejected e) {
            model.addAttribute("problem", "network.document.rule.fileRejected");
        }
        return adminDocuments(model);
    }

    private String form(BulletinForm form, String problem, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("languages", Language.values());
        model.addAttribute("regions", directory.regions());
        model.addAttribute("groups", java.util.List.of("1", "2", "3", "4"));
        return "network/bulletin/admin/form";
    }

    private Map<String, String> regionNames(Locale locale) {
        return directory.regions().stream().collect(Collectors.toMap(r -> r.code(), r -> r.name().display(locale), (a, b) -> a));
    }

    /** A bulletin as written: subject and body in three languages and the audience (all members, or a region). */
    record BulletinForm(Language original, String subjectSq, String subjectSr, String subjectEn, String bodySq, String bodySr,
                        String bodyEn, String audience, String region, String group) {

        BulletinForm() {
            this(Language.SQ, null, null, null, null, null, null, "ALL_MEMBERS", null, null);
        }
    }
}
