package org.bashke.portal.web.admin;

import jakarta.validation.Valid;
import java.util.List;
import org.bashke.portal.content.ContentRights;
import org.bashke.portal.content.HubLookup;
import org.bashke.portal.content.Problem;
import org.bashke.portal.events.EditEvent;
import org.bashke.portal.events.EventRegistrations;
import org.bashke.portal.events.PortalEvent;
import org.bashke.portal.events.PortalEvents;
import org.bashke.shared.NotFoundException;
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

/** Events in the back office; hub coordinators see and change their hub's only. */
@Controller
@RequestMapping("/admin/portal/events")
class EventAdminController {

    private final PortalEvents events;
    private final EditEvent edit;
    private final EventRegistrations registrations;
    private final ContentRights rights;
    private final HubLookup hubs;

    EventAdminController(PortalEvents events, EditEvent edit, EventRegistrations registrations, ContentRights rights, HubLookup hubs) {
        this.events = events;
        this.edit = edit;
        this.registrations = registrations;
        this.rights = rights;
        this.hubs = hubs;
    }

    @InitBinder("event")
    void allowed(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("hubsById", hubs.byId());
        model.addAttribute("hubChoices", rights.isSecretariat() ? hubs.hubs()
                : hubs.hubs().stream().filter(h -> rights.coordinatedHubs().contains(h.id())).toList());
        model.addAttribute("secretariat", rights.isSecretariat());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("events", rights.isSecretariat() ? events.findAllByOrderByStartsAtDesc()
                : events.findByHubIdInOrderByStartsAtDesc(rights.coordinatedHubs()));
        return "portal/admin/events";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("event", new EventForm());
        return "portal/admin/event-form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("event") EventForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "portal/admin/event-form";
        }
        EditEvent.Outcome outcome = edit.create(form.details());
        if (!outcome.problems().isEmpty()) {
            reject(errors, outcome.problems());
            return "portal/admin/event-form";
        }
        redirect.addFlashAttribute("flash", "portal.admin.saved");
        return "redirect:/admin/portal/events/" + outcome.id() + "/edit";
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        PortalEvent e = load(id);
        model.addAttribute("event", EventForm.of(e));
        return editView(e, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @Valid @ModelAttribute("event") EventForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        PortalEvent e = load(id);
        if (errors.hasErrors()) {
            return editView(e, model);
        }
        EditEvent.Outcome outcome = edit.edit(id, form.details());
        if (!outcome.problems().isEmpty()) {
            reject(errors, outcome.problems());
            return editView(e, model);
        }
        redirect.addFlashAttribute("flash", "portal.admin.saved");
        return "redirect:/admin/portal/events/" + id + "/edit";
    }

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        load(id);
        edit.publish(id, true);
        redirect.addFlashAttribute("flash", "portal.admin.published");
        return "redirect:/admin/portal/events/" + id + "/edit";
    }

    @PostMapping("/{id:\\d+}/unpublish")
    String unpublish(@PathVariable long id, RedirectAttributes redirect) {
        load(id);
        edit.publish(id, false);
        redirect.addFlashAttribute("flash", "portal.admin.unpublished");
        return "redirect:/admin/portal/events/" + id + "/edit";
    }

    private String editView(PortalEvent e, Model model) {
        rights.requireHub(e.getHubId());
        model.addAttribute("entity", e);
        model.addAttribute("confirmed", registrations.confirmed(e.getId()));
        model.addAttribute("waiting", registrations.waiting(e.getId()));
        return "portal/admin/event-form";
    }

    private PortalEvent load(long id) {
        return events.findById(id).orElseThrow(() -> new NotFoundException("event", id));
    }

    private static void reject(BindingResult errors, List<Problem> problems) {
        problems.forEach(p -> errors.rejectValue(p.field(), p.key()));
    }
}
