package org.bashke.network.complaint.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bashke.network.complaint.ComplaintBody;
import org.bashke.network.complaint.ComplaintRuleBroken;
import org.bashke.network.complaint.ManageComplaintBodies;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat names handling bodies and their handlers; it sees case counts, not cases. */
@Controller
@RequestMapping("/admin/network/complaints")
class ComplaintAdminController {

    private final ManageComplaintBodies manage;

    ComplaintAdminController(ManageComplaintBodies manage) {
        this.manage = manage;
    }

    @InitBinder("bodyForm")
    void bodyFields(WebDataBinder binder) {
        binder.setAllowedFields("nameSq", "nameSr", "nameEn", "email");
    }

    @GetMapping
    String list(Model model) {
        return page(new BodyForm(), null, model);
    }

    private String page(BodyForm form, BindingResult errors, Model model) {
        List<ComplaintBody> bodies = manage.all();
        Map<Long, Map<Long, String>> handlers = new HashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        for (ComplaintBody b : bodies) {
            handlers.put(b.getId(), manage.handlerNames(b));
            counts.put(b.getId(), manage.caseCount(b.getId()));
        }
        model.addAttribute("bodies", bodies);
        model.addAttribute("handlers", handlers);
        model.addAttribute("counts", counts);
        model.addAttribute("bodyForm", form);
        if (errors != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "bodyForm", errors);
        }
        return "network/complaint/admin";
    }

    @PostMapping("/bodies")
    String create(@ModelAttribute("bodyForm") BodyForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            manage.create(LocalizedText.of(Language.SQ, form.getNameSq(), form.getNameSr(), form.getNameEn()));
            redirect.addFlashAttribute("flash", "network.complaint.flash.bodyCreated");
            return "redirect:/admin/network/complaints";
        } catch (ComplaintRuleBroken e) {
            ComplaintViews.reject(errors, e);
            return page(form, errors, model);
        }
    }

    @PostMapping("/bodies/{id:\\d+}/handlers")
    String addHandler(@PathVariable("id") long id, @ModelAttribute("bodyForm") BodyForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        try {
            manage.addHandler(id, form.getEmail());
            redirect.addFlashAttribute("flash", "network.complaint.flash.handlerAdded");
            return "redirect:/admin/network/complaints";
        } catch (ComplaintRuleBroken e) {
            ComplaintViews.reject(errors, e);
            return page(form, errors, model);
        }
    }

    @PostMapping("/bodies/{id:\\d+}/handlers/{accountId:\\d+}/remove")
    String removeHandler(@PathVariable("id") long id, @PathVariable("accountId") long accountId, RedirectAttributes redirect) {
        manage.removeHandler(id, accountId);
        redirect.addFlashAttribute("flash", "network.complaint.flash.handlerRemoved");
        return "redirect:/admin/network/complaints";
    }
}
