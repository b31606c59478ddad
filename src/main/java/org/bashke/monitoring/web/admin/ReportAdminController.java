package org.bashke.monitoring.web.admin;

import org.bashke.council.Council;
import org.bashke.files.FileStore;
import org.bashke.monitoring.obligation.MonitoringRuleException;
import org.bashke.monitoring.plan.StrategyRepository;
import org.bashke.monitoring.report.ReportEditions;
import org.bashke.monitoring.report.ReportFile;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's side of the annual report: drafts with an introduction, the Council's approval, publishing
 * (immutable versions, corrections as new versions), and files made in the background.
 */
@Controller("monitoringReportAdminController")
@RequestMapping("/monitoring/admin/reports")
class ReportAdminController {

    private static final int MAX_INTRO = 20_000;

    private final ReportEditions editions;
    private final StrategyRepository strategies;
    private final Council council;
    private final FileStore store;

    ReportAdminController(ReportEditions editions, StrategyRepository strategies, Council council, FileStore store) {
        this.editions = editions;
        this.strategies = strategies;
        this.council = council;
        this.store = store;
    }

    @GetMapping
    String list(Model model) {
        return listPage(new ReportForm(), model);
    }

    private String listPage(ReportForm form, Model model) {
        model.addAttribute("views", editions.views(false));
        model.addAttribute("strategies", strategies.findAllByOrderByStartsYearDesc());
        model.addAttribute("reportForm", form);
        return "monitoring/admin/reports";
    }

    @PostMapping
    String draft(@ModelAttribute("reportForm") ReportForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (form.getStrategyId() == null) {
            errors.rejectValue("strategyId", "monitoring.rule.report.strategyUnknown");
        }
        if (form.getYear() == null && !errors.hasFieldErrors("year")) {
            errors.rejectValue("year", "monitoring.admin.form.year");
        }
        LocalizedText intro = introduction(form, errors);
        if (!errors.hasErrors()) {
            try {
                long id = editions.draft(form.getStrategyId(), form.getYear(), intro);
                redirect.addFlashAttribute("flash", "monitoring.admin.flash.saved");
                return "redirect:/monitoring/admin/reports/" + id;
            } catch (MonitoringRuleException e) {
                errors.rejectValue(e.field() == null ? "year" : e.field(), e.messageKey());
            }
        }
        return listPage(form, model);
    }

    @GetMapping("/{id}")
    String version(@PathVariable("id") long id, Model model) {
        return versionPage(id, null, model);
    }

    private String versionPage(long id, ReportForm form, Model model) {
        ReportEditions.View view = editions.view(id);
        model.addAttribute("view", view);
        if (form == null) {
            form = new ReportForm();
            LocalizedText intro = view.version().getIntroduction();
            if (intro != null) {
                form.setIntroSq(intro.get(Language.SQ));
                form.setIntroSr(intro.get(Language.SR));
                form.setIntroEn(intro.get(Language.EN));
            }
        }
        model.addAttribute("reportForm", form);
        model.addAttribute("decisions", council.latestDecisions(50));
        model.addAttribute("languages", ReportEditions.LANGUAGES);
        model.addAttribute("formats", ReportEditions.FORMATS);
        return "monitoring/admin/report";
    }

    @PostMapping("/{id}/introduction")
    String introduction(@PathVariable("id") long id, @ModelAttribute("reportForm") ReportForm form, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        LocalizedText intro = introduction(form, errors);
        if (!errors.hasErrors()) {
            try {
                editions.editIntroduction(id, intro);
                return saved(id, redirect);
            } catch (MonitoringRuleException e) {
                return refused(id, e, redirect);
            }
        }
        return versionPage(id, form, model);
    }

    @PostMapping("/{id}/approval")
    String approval(@PathVariable("id") long id, @ModelAttribute("reportForm") ReportForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        if (form.getReference() != null && form.getReference().length() > 200) {
            errors.rejectValue("reference", "monitoring.rule.report.approvalReference");
        }
        if (!errors.hasErrors()) {
            try {
                editions.recordApproval(id, form.getDecisionId(), form.getApprovedOn(), form.getReference());
                return saved(id, redirect);
            } catch (MonitoringRuleException e) {
                if (e.field() == null) {
                    return refused(id, e, redirect);
                }
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        return versionPage(id, form, model);
    }

    /** {@code confirm} comes from the page's button, so a stray POST publishes nothing. */
    @PostMapping("/{id}/publish")
    String publish(@PathVariable("id") long id, @RequestParam(name = "confirm", required = false) String confirm,
                   RedirectAttributes redirect) {
        if ("yes".equals(confirm)) {
            try {
                editions.publish(id);
                redirect.addFlashAttribute("flash", "monitoring.report.flash.published");
            } catch (MonitoringRuleException e) {
                redirect.addFlashAttribute("reportError", e.messageKey());
            }
        }
        return "redirect:/monitoring/admin/reports/" + id;
    }

    @PostMapping("/{id}/correction")
    String correct(@PathVariable("id") long id, RedirectAttributes redirect) {
        try {
            long next = editions.correct(id);
            redirect.addFlashAttribute("flash", "monitoring.report.flash.corrected");
            return "redirect:/monitoring/admin/reports/" + next;
        } catch (MonitoringRuleException e) {
            redirect.addFlashAttribute("reportError", e.messageKey());
            return "redirect:/monitoring/admin/reports/" + id;
        }
    }

    @PostMapping("/{id}/files")
    String requestFile(@PathVariable("id") long id, @RequestParam(name = "language", required = false) String language,
                       @RequestParam(name = "format", required = false) String format, RedirectAttributes redirect) {
        try {
            editions.requestFile(id, language, format);
            redirect.addFlashAttribute("flash", "monitoring.report.flash.requested");
        } catch (MonitoringRuleException e) {
            redirect.addFlashAttribute("reportError", e.messageKey());
        }
        return "redirect:/monitoring/admin/reports/" + id + "#files";
    }

    @GetMapping("/{id}/files/{language:sq|sr|en}.{format:pdf|docx}")
    ResponseEntity<Resource> download(@PathVariable("id") long id, @PathVariable("language") String language,
                                      @PathVariable("format") String format) {
        ReportFile f = editions.view(id).file(language, format);
        if (f == null || !f.isReady()) {
            throw new NotFoundException("report file", id + "/" + language + "." + format);
        }
        return store.download(f.getFileId(), false);
    }

    private static LocalizedText introduction(ReportForm form, BindingResult errors) {
        for (String[] f : new String[][] {{"introSq", form.getIntroSq()}, {"introSr", form.getIntroSr()}, {"introEn", form.getIntroEn()}}) {
            if (f[1] != null && f[1].length() > MAX_INTRO) {
                errors.rejectValue(f[0], "monitoring.rule.report.introTooLong");
            }
        }
        String sq = form.getIntroSq();
        String sr = form.getIntroSr();
        Language original = sq != null && !sq.isBlank() ? Language.SQ : sr != null && !sr.isBlank() ? Language.SR : Language.EN;
        return LocalizedText.of(original, sq, sr, form.getIntroEn());
    }

    /** A refusal about the version as a whole (it is no longer a draft): said above its page. */
    private static String refused(long id, MonitoringRuleException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("reportError", e.messageKey());
        return "redirect:/monitoring/admin/reports/" + id;
    }

    private static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "monitoring.admin.flash.saved");
        return "redirect:/monitoring/admin/reports/" + id;
    }
}
