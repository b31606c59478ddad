package org.bashke.council.meeting.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bashke.council.BodySummary;
import org.bashke.council.meeting.AgendaItem;
import org.bashke.council.meeting.EditAgenda;
import org.bashke.council.meeting.Invitation;
import org.bashke.council.meeting.Invite;
import org.bashke.council.meeting.KeepPapers;
import org.bashke.council.meeting.Meeting;
import org.bashke.council.meeting.MeetingPages;
import org.bashke.council.meeting.MeetingRights;
import org.bashke.council.meeting.MeetingRuleBroken;
import org.bashke.council.meeting.Problem;
import org.bashke.council.meeting.ScheduleMeeting;
import org.bashke.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Running a body's meetings: scheduling, status, agenda, papers, invitations. Open to the secretariat and to the
 * officers of the meeting's body (checked here for the pages and again in every use case).
 */
@Controller
@RequestMapping("/admin/council/meetings")
class MeetingAdminController {

    private static final Pattern MEETING_PATH = Pattern.compile("/admin/council/meetings/(\\d+)");

    private final MeetingPages pages;
    private final MeetingRights rights;
    private final ScheduleMeeting schedule;
    private final EditAgenda agenda;
    private final KeepPapers keepPapers;
    private final Invite invite;

    MeetingAdminController(MeetingPages pages, MeetingRights rights, ScheduleMeeting schedule, EditAgenda agenda,
                           KeepPapers keepPapers, Invite invite) {
        this.pages = pages;
        this.rights = rights;
        this.schedule = schedule;
        this.agenda = agenda;
        this.keepPapers = keepPapers;
        this.invite = invite;
    }

    @InitBinder
    void allowed(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    /** A rule refused the action: back to the meeting's page with the rule's message. */
    @ExceptionHandler(MeetingRuleBroken.class)
    String ruleBroken(MeetingRuleBroken e, HttpServletRequest request) {
        Matcher m = MEETING_PATH.matcher(request.getRequestURI());
        String target = m.find() ? "/admin/council/meetings/" + m.group(1) : "/admin/council/meetings";
        if (request.getRequestURI().contains("/attendance")) {
            target += "/attendance";
        } else if (request.getRequestURI().contains("/minutes")) {
            target += "/minutes";
        }
        RequestContextUtils.getOutputFlashMap(request).put("ruleError", e.messageKey());
        return "redirect:" + target;
    }

    @GetMapping
    String list(Model model) {
        List<BodySummary> bodies = requireSomeBody();
        model.addAttribute("bodies", bodies);
        model.addAttribute("bodiesById", pages.bodiesById());
        model.addAttribute("meetings", pages.meetingsOfBodies(bodies.stream().map(BodySummary::id).toList()));
        return "council/meeting/admin/meetings";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(name = "body", required = false) Long bodyId, Model model) {
        requireSomeBody();
        MeetingForm form = new MeetingForm();
        form.setBodyId(bodyId);
        model.addAttribute("meetingForm", form);
        return formView(null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        requireSomeBody();
        if (errors.hasErrors()) {
            return formView(null, model);
        }
        ScheduleMeeting.Outcome outcome = schedule.schedule(form.getBodyId(), form.details());
        if (!outcome.problems().isEmpty()) {
            Forms.reject(errors, outcome.problems());
            return formView(null, model);
        }
        redirect.addFlashAttribute("flash", "council-meeting.admin.scheduled");
        return "redirect:/admin/council/meetings/" + outcome.id();
    }

    @GetMapping("/{id:\\d+}")
    String manage(@PathVariable long id, Model model) {
        return manageView(managed(id), model);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        Meeting m = managed(id);
        model.addAttribute("meetingForm", MeetingForm.of(m));
        return formView(m, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Meeting m = managed(id);
        form.setBodyId(m.getBodyId());
        if (errors.hasErrors()) {
            return formView(m, model);
        }
        ScheduleMeeting.Outcome outcome = schedule.reschedule(id, form.details());
        if (!outcome.problems().isEmpty()) {
            Forms.reject(errors, outcome.problems());
            return formView(m, model);
        }
        redirect.addFlashAttribute("flash", "council-meeting.admin.saved");
        return "redirect:/admin/council/meetings/" + id;
    }

    @PostMapping("/{id:\\d+}/status")
    String status(@PathVariable long id, @RequestParam(name = "change", required = false) String change,
                  RedirectAttributes redirect) {
        managed(id);
        ScheduleMeeting.Change c;
        try {
            c = ScheduleMeeting.Change.valueOf(String.valueOf(change));
        } catch (IllegalArgumentException e) {
            throw new MeetingRuleBroken("council-meeting.rule.unknownChange");
        }
        schedule.change(id, c);
        redirect.addFlashAttribute("flash", "council-meeting.admin.status." + c.name());
        return "redirect:/admin/council/meetings/" + id;
    }

    @PostMapping("/{id:\\d+}/invitations")
    String sendInvitations(@PathVariable long id, RedirectAttributes redirect) {
        managed(id);
        invite.send(id);
        redirect.addFlashAttribute("flash", "council-meeting.admin.invitationsSent");
        return "redirect:/admin/council/meetings/" + id;
    }

    @PostMapping("/{id:\\d+}/agenda")
    String addItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        Meeting m = managed(id);
        if (!errors.hasErrors()) {
            Forms.reject(errors, agenda.add(id, form.details()));
        }
        if (errors.hasErrors()) {
            return manageView(m, model);
        }
        redirect.addFlashAttribute("flash", "council-meeting.admin.itemAdded");
        return "redirect:/admin/council/meetings/" + id + "#agenda";
    }

    @GetMapping("/{id:\\d+}/agenda/{itemId:\\d+}")
    String itemForm(@PathVariable long id, @PathVariable long itemId, Model model) {
        Meeting m = managed(id);
        AgendaItem item = item(m, itemId);
        model.addAttribute("itemForm", ItemForm.of(item));
        return itemView(m, item, model);
    }

    @PostMapping("/{id:\\d+}/agenda/{itemId:\\d+}")
    String changeItem(@PathVariable long id, @PathVariable long itemId, @Valid @ModelAttribute("itemForm") ItemForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        Meeting m = managed(id);
        AgendaItem item = item(m, itemId);
        if (!errors.hasErrors()) {
            Forms.reject(errors, agenda.change(itemId, form.details()));
        }
        if (errors.hasErrors()) {
            return itemView(m, item, model);
        }
        redirect.addFlashAttribute("flash", "council-meeting.admin.saved");
        return "redirect:/admin/council/meetings/" + id + "#agenda";
    }

    @PostMapping("/{id:\\d+}/agenda/{itemId:\\d+}/move")
    String moveItem(@PathVariable long id, @PathVariable long itemId,
                    @RequestParam(name = "direction", defaultValue = "up") String direction) {
        item(managed(id), itemId);
        agenda.move(itemId, !"down".equals(direction));
        return "redirect:/admin/council/meetings/" + id + "#agenda";
    }

    @PostMapping("/{id:\\d+}/agenda/{itemId:\\d+}/delete")
    String removeItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        item(managed(id), itemId);
        agenda.remove(itemId);
        redirect.addFlashAttribute("flash", "council-meeting.admin.itemRemoved");
        return "redirect:/admin/council/meetings/" + id + "#agenda";
    }

    @PostMapping("/{id:\\d+}/papers")
    String addPaper(@PathVariable long id, @Valid @ModelAttribute("paperForm") PaperForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        Meeting m = managed(id);
        if (!errors.hasErrors()) {
            Forms.reject(errors, keepPapers.add(id, form.getAgendaItemId(), form.getTitle(), form.isRestricted(), form.getFile()));
        }
        if (errors.hasErrors()) {
            return manageView(m, model);
        }
        redirect.addFlashAttribute("flash", "council-meeting.admin.paperAdded");
        return "redirect:/admin/council/meetings/" + id + "#papers";
    }

    @PostMapping("/{id:\\d+}/papers/{paperId:\\d+}/versions")
    String addVersion(@PathVariable long id, @PathVariable long paperId,
                      @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
                      RedirectAttributes redirect) {
        managed(id);
        List<Problem> problems = keepPapers.addVersion(paperId, file);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("ruleError", problems.get(0).key());
        } else {
            redirect.addFlashAttribute("flash", "council-meeting.admin.versionAdded");
        }
        return "redirect:/admin/council/meetings/" + id + "#papers";
    }

    private String manageView(Meeting m, Model model) {
        model.addAttribute("meeting", m);
        model.addAttribute("body", pages.bodiesById().get(m.getBodyId()));
        model.addAttribute("municipality", pages.municipality(m.getMunicipalityCode()).orElse(null));
        model.addAttribute("agenda", pages.agenda(m.getId()));
        model.addAttribute("papers", pages.papers(m));
        List<Invitation> invitations = pages.invitations(m.getId());
        model.addAttribute("invitations", invitations);
        model.addAttribute("names", pages.names(invitations.stream().map(Invitation::getAccountId).toList()));
        model.addAttribute("decisions", pages.decisionsOf(m.getId()));
        model.addAttribute("minutesVersions", pages.minutesVersions(m.getId()));
        model.addAttribute("approvedHere", pages.approvedHere(m.getId()));
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", new ItemForm());
        }
        if (!model.containsAttribute("paperForm")) {
            model.addAttribute("paperForm", new PaperForm());
        }
        return "council/meeting/admin/manage";
    }

    private String formView(Meeting m, Model model) {
        model.addAttribute("meeting", m);
        model.addAttribute("bodies", pages.managedBodies());
        model.addAttribute("municipalities", pages.municipalities());
        return "council/meeting/admin/meeting-form";
    }

    private String itemView(Meeting m, AgendaItem item, Model model) {
        model.addAttribute("meeting", m);
        model.addAttribute("item", item);
        return "council/meeting/admin/item-form";
    }

    private List<BodySummary> requireSomeBody() {
        List<BodySummary> bodies = pages.managedBodies();
        if (bodies.isEmpty()) {
            throw new AccessDeniedException("runs no body's meetings");
        }
        return bodies;
    }

    private Meeting managed(long id) {
        Meeting m = pages.meeting(id).orElseThrow(() -> new NotFoundException("meeting", id));
        rights.requireManage(m.getBodyId());
        return m;
    }

    private AgendaItem item(Meeting m, long itemId) {
        return pages.item(itemId).filter(i -> i.getMeetingId() == m.getId())
                .orElseThrow(() -> new NotFoundException("agenda item", itemId));
    }


}
