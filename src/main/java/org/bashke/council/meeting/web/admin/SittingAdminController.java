package org.bashke.council.meeting.web.admin;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.bashke.council.meeting.AdoptDecision;
import org.bashke.council.meeting.AttendanceStatus;
import org.bashke.council.meeting.KeepMinutes;
import org.bashke.council.meeting.Meeting;
import org.bashke.council.meeting.MeetingPages;
import org.bashke.council.meeting.MeetingRights;
import org.bashke.council.meeting.MeetingRuleBroken;
import org.bashke.council.meeting.Minutes;
import org.bashke.council.meeting.TakeAttendance;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** On the day and after: the attendance register with its quorum, decisions, and the minutes' life. */
@Controller
@RequestMapping("/admin/council/meetings/{id:\\d+}")
class SittingAdminController {

    private final MeetingPages pages;
    private final MeetingRights rights;
    private final TakeAttendance attendance;
    private final AdoptDecision adopt;
    private final KeepMinutes keepMinutes;

    SittingAdminController(MeetingPages pages, MeetingRights rights, TakeAttendance attendance, AdoptDecision adopt,
                           KeepMinutes keepMinutes) {
        this.pages = pages;
        this.rights = rights;
        this.attendance = attendance;
        this.adopt = adopt;
        this.keepMinutes = keepMinutes;
    }

    @InitBinder
    void allowed(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(MeetingRuleBroken.class)
    String ruleBroken(MeetingRuleBroken e, jakarta.servlet.http.HttpServletRequest request) {
        String uri = request.getRequestURI();
        String base = uri.replaceAll("^(.*/admin/council/meetings/\\d+).*$", "$1");
        String target = uri.contains("/attendance") ? base + "/attendance" : uri.contains("/minutes") ? base + "/minutes" : base;
        org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request).put("ruleError", e.messageKey());
        return "redirect:" + target.substring(request.getContextPath().length());
    }

    @GetMapping("/attendance")
    String register(@PathVariable long id, Model model) {
        Meeting m = managed(id);
        return registerView(m, attendance.register(id), model);
    }

    @PostMapping("/attendance")
    String record(@PathVariable long id, @ModelAttribute("attendanceForm") AttendanceForm form, RedirectAttributes redirect) {
        managed(id);
        attendance.record(id, form.parsed());
        redirect.addFlashAttribute("flash", "council-meeting.attendance.saved");
        return "redirect:/admin/council/meetings/" + id + "/attendance";
    }

    /** The quorum as the register is being filled in (htmx asks on every change; without JS the saved page shows it). */
    @PostMapping("/attendance/quorum")
    String quorumPreview(@PathVariable long id, @ModelAttribute("attendanceForm") AttendanceForm form, Model model) {
        managed(id);
        model.addAttribute("quorum", attendance.quorum(id, form.parsed()));
        return "council/meeting/fragments :: quorum";
    }

    @GetMapping("/decisions/new")
    String decisionForm(@PathVariable long id, @RequestParam(name = "item", required = false) Long itemId, Model model) {
        Meeting m = managed(id);
        DecisionForm form = new DecisionForm();
        form.setAgendaItemId(itemId);
        model.addAttribute("decisionForm", form);
        return decisionView(m, model);
    }

    @PostMapping("/decisions")
    String adopt(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
                 Model model, RedirectAttributes redirect) {
        Meeting m = managed(id);
        if (errors.hasErrors()) {
            return decisionView(m, model);
        }
        AdoptDecision.Outcome outcome = adopt.adopt(id, form.details());
        if (!outcome.problems().isEmpty()) {
            Forms.reject(errors, outcome.problems());
            return decisionView(m, model);
        }
        redirect.addFlashAttribute("flash", "council-meeting.decision.adopted");
        return "redirect:/admin/council/meetings/" + id + "#decisions";
    }

    @GetMapping("/minutes")
    String minutes(@PathVariable long id, Model model) {
        Meeting m = managed(id);
        List<Minutes> versions = pages.minutesVersions(id);
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute("minutesForm", versions.isEmpty() ? new MinutesForm() : MinutesForm.of(versions.get(0)));
        }
        return minutesView(m, versions, model);
    }

    @PostMapping("/minutes")
    String write(@PathVariable long id, @Valid @ModelAttribute("minutesForm") MinutesForm form, BindingResult errors,
                 Model model, RedirectAttributes redirect) {
        Meeting m = managed(id);
        if (!errors.hasErrors() && form.text().isEmpty()) {
            errors.rejectValue("textSq", "council-meeting.minutes.text.required");
        }
        if (errors.hasErrors()) {
            return minutesView(m, pages.minutesVersions(id), model);
        }
        keepMinutes.write(id, form.text());
        redirect.addFlashAttribute("flash", "council-meeting.minutes.saved");
        return "redirect:/admin/council/meetings/" + id + "/minutes";
    }

    @PostMapping("/minutes/{minutesId:\\d+}/circulate")
    String circulate(@PathVariable long id, @PathVariable long minutesId, RedirectAttributes redirect) {
        minutesOf(managed(id), minutesId);
        keepMinutes.circulate(minutesId);
        redirect.addFlashAttribute("flash", "council-meeting.minutes.circulated");
        return "redirect:/admin/council/meetings/" + id + "/minutes";
    }

    /** Approval happens at the later meeting; it can be recorded from either meeting's pages. */
    @PostMapping("/minutes/{minutesId:\\d+}/approve")
    String approve(@PathVariable long id, @PathVariable long minutesId,
                   @RequestParam(name = "atMeeting", required = false) Long atMeeting, RedirectAttributes redirect) {
        minutesOf(managed(id), minutesId);
        if (atMeeting == null) {
            throw new MeetingRuleBroken("council-meeting.rule.approveAtLaterMeetingOfBody");
        }
        keepMinutes.approve(minutesId, atMeeting);
        redirect.addFlashAttribute("flash", "council-meeting.minutes.approved");
        return "redirect:/admin/council/meetings/" + id + "/minutes";
    }

    @PostMapping("/minutes/{minutesId:\\d+}/publish")
    String publish(@PathVariable long id, @PathVariable long minutesId, RedirectAttributes redirect) {
        minutesOf(managed(id), minutesId);
        keepMinutes.publish(minutesId);
        redirect.addFlashAttribute("flash", "council-meeting.minutes.published");
        return "redirect:/admin/council/meetings/" + id + "/minutes";
    }

    @PostMapping("/minutes/{minutesId:\\d+}/correct")
    String correct(@PathVariable long id, @PathVariable long minutesId, RedirectAttributes redirect) {
        minutesOf(managed(id), minutesId);
        keepMinutes.correct(minutesId);
        redirect.addFlashAttribute("flash", "council-meeting.minutes.correctionStarted");
        return "redirect:/admin/council/meetings/" + id + "/minutes";
    }

    private String registerView(Meeting m, TakeAttendance.Register register, Model model) {
        model.addAttribute("meeting", m);
        model.addAttribute("body", pages.bodiesById().get(m.getBodyId()));
        model.addAttribute("register", register);
        model.addAttribute("quorum", register.quorum());
        model.addAttribute("statuses", AttendanceStatus.values());
        List<Long> people = new ArrayList<>();
        register.lines().forEach(l -> {
            people.add(l.seat().accountId());
            people.add(l.seat().substituteAccountId());
        });
        model.addAttribute("names", pages.names(people));
        model.addAttribute("organisations", pages.organisations(register.lines().stream().map(l -> l.seat().organisationId()).toList()));
        return "council/meeting/admin/attendance";
    }

    private String decisionView(Meeting m, Model model) {
        model.addAttribute("meeting", m);
        model.addAttribute("agenda", pages.agenda(m.getId()));
        model.addAttribute("institutions", pages.institutions());
        return "council/meeting/admin/decision-form";
    }

    private String minutesView(Meeting m, List<Minutes> versions, Model model) {
        model.addAttribute("meeting", m);
        model.addAttribute("body", pages.bodiesById().get(m.getBodyId()));
        model.addAttribute("versions", versions);
        model.addAttribute("current", versions.isEmpty() ? null : versions.get(0));
        model.addAttribute("comments", versions.isEmpty() ? List.of() : pages.comments(versions.get(0).getId()));
        model.addAttribute("candidates", pages.approvingCandidates(m));
        model.addAttribute("languages", Language.values());
        return "council/meeting/admin/minutes";
    }

    private Meeting managed(long id) {
        Meeting m = pages.meeting(id).orElseThrow(() -> new NotFoundException("meeting", id));
        rights.requireManage(m.getBodyId());
        return m;
    }

    private Minutes minutesOf(Meeting m, long minutesId) {
        return pages.minutesVersions(m.getId()).stream().filter(x -> x.getId() == minutesId).findFirst()
                .orElseThrow(() -> new NotFoundException("minutes", minutesId));
    }
}
