package org.bashke.council.meeting.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bashke.council.meeting.AttendanceStatus;
import org.bashke.council.meeting.Decision;
import org.bashke.council.meeting.Invite;
import org.bashke.council.meeting.KeepMinutes;
import org.bashke.council.meeting.Meeting;
import org.bashke.council.meeting.MeetingCalendar;
import org.bashke.council.meeting.MeetingPages;
import org.bashke.council.meeting.MeetingRuleBroken;
import org.bashke.council.meeting.MeetingStatus;
import org.bashke.council.meeting.Minutes;
import org.bashke.council.meeting.RsvpAnswer;
import org.bashke.council.meeting.TakeAttendance;
import org.bashke.files.FileStore;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.followup.FollowUps;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public meeting and decision pages, the paper downloads, the members' answers and comments, the iCal feed. */
@Controller
class MeetingController {

    private final MeetingPages pages;
    private final TakeAttendance attendance;
    private final Invite invite;
    private final KeepMinutes keepMinutes;
    private final FileStore files;
    private final ObjectProvider<FollowUps> followUps;
    private final Clock clock;
    private final String baseUrl;

    MeetingController(MeetingPages pages, TakeAttendance attendance, Invite invite, KeepMinutes keepMinutes,
                      FileStore files, ObjectProvider<FollowUps> followUps, Optional<Clock> clock,
                      @Value("${bashke.base-url}") String baseUrl) {
        this.pages = pages;
        this.attendance = attendance;
        this.invite = invite;
        this.keepMinutes = keepMinutes;
        this.files = files;
        this.followUps = followUps;
        this.clock = clock.orElse(Clock.systemUTC());
        this.baseUrl = baseUrl;
    }

    @GetMapping("/council/meetings")
    String list(@RequestParam(name = "body", required = false) Long bodyId, Model model) {
        List<Meeting> all = pages.meetingsOf(bodyId, 200);
        var now = clock.instant();
        List<Meeting> upcoming = new ArrayList<>(all.stream()
                .filter(m -> m.getStatus().upcoming() && !m.getEndsAt().isBefore(now)).toList());
        java.util.Collections.reverse(upcoming);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("past", all.stream().filter(m -> !upcoming.contains(m)).toList());
        model.addAttribute("bodies", pages.bodiesById());
        model.addAttribute("bodyId", bodyId);
        return "council/meeting/meetings";
    }

    @GetMapping("/council/meetings/{id:\\d+}")
    String meeting(@PathVariable long id, Locale locale, Model model) {
        Meeting m = load(id);
        model.addAttribute("meeting", m);
        model.addAttribute("body", pages.bodiesById().get(m.getBodyId()));
        model.addAttribute("municipality", pages.municipality(m.getMunicipalityCode()).orElse(null));
        model.addAttribute("agenda", pages.agenda(id));
        model.addAttribute("papers", pages.papers(m));
        List<Decision> decisions = pages.decisionsOf(id);
        model.addAttribute("decisions", decisions);
        model.addAttribute("organisations", pages.organisations(decisions.stream().map(Decision::getResponsibleOrganisationId).toList()));
        Minutes published = pages.publishedMinutes(id).orElse(null);
        model.addAttribute("minutes", published);
        model.addAttribute("minutesParagraphs", published == null ? List.of() : paragraphs(published.getText().display(locale)));
        Minutes circulated = pages.circulatedMinutesFor(m).orElse(null);
        model.addAttribute("circulated", circulated);
        model.addAttribute("circulatedParagraphs", circulated == null ? List.of() : paragraphs(circulated.getText().display(locale)));
        model.addAttribute("comments", circulated == null ? List.of() : pages.comments(circulated.getId()));
        model.addAttribute("approvedHere", pages.approvedHere(id));
        model.addAttribute("invitation", pages.myInvitation(id).orElse(null));
        model.addAttribute("manage", pages.mayManage(m.getBodyId()));
        if (m.getStatus() == MeetingStatus.HELD || m.getStatus() == MeetingStatus.CONVENED) {
            TakeAttendance.Register register = attendance.register(id);
            if (register.taken()) {
                model.addAttribute("register", register);
                model.addAttribute("quorum", register.quorum());
                List<Long> people = new ArrayList<>();
                register.lines().forEach(l -> {
                    people.add(l.seat().accountId());
                    people.add(l.seat().substituteAccountId());
                });
                model.addAttribute("names", pages.names(people));
            }
        }
        return "council/meeting/meeting";
    }

    @GetMapping("/council/meetings/{id:\\d+}/papers/{paperId:\\d+}")
    ResponseEntity<Resource> paper(@PathVariable long id, @PathVariable long paperId) {
        return files.download(pages.paperFile(id, paperId, null).orElseThrow(() -> new NotFoundException("paper", paperId)), true);
    }

    @GetMapping("/council/meetings/{id:\\d+}/papers/{paperId:\\d+}/versions/{number:\\d+}")
    ResponseEntity<Resource> paperVersion(@PathVariable long id, @PathVariable long paperId, @PathVariable int number) {
        return files.download(pages.paperFile(id, paperId, number).orElseThrow(() -> new NotFoundException("paper", paperId)), true);
    }

    @GetMapping("/council/meetings/{id:\\d+}/invitation")
    String invitation(@PathVariable long id, Model model) {
        Meeting m = load(id);
        model.addAttribute("meeting", m);
        model.addAttribute("body", pages.bodiesById().get(m.getBodyId()));
        model.addAttribute("invitation", pages.myInvitation(id).orElse(null));
        model.addAttribute("answers", RsvpAnswer.values());
        return "council/meeting/invitation";
    }

    @PostMapping("/council/meetings/{id:\\d+}/invitation")
    String answer(@PathVariable long id, @RequestParam(name = "answer", required = false) String answer, Model model,
                  RedirectAttributes redirect) {
        Meeting m = load(id);
        Optional<RsvpAnswer> parsed = parse(answer);
        if (parsed.isEmpty()) {
            model.addAttribute("answerError", "council-meeting.invitation.answer.required");
            return invitation(id, model);
        }
        try {
            invite.answer(m.getId(), parsed.get());
        } catch (MeetingRuleBroken e) {
            model.addAttribute("answerError", e.messageKey());
            return invitation(id, model);
        }
        redirect.addFlashAttribute("flash", "council-meeting.invitation.answered");
        return "redirect:/council/meetings/" + id + "/invitation";
    }

    @PostMapping("/council/meetings/{id:\\d+}/minutes/{minutesId:\\d+}/comments")
    String comment(@PathVariable long id, @PathVariable long minutesId, @RequestParam(name = "text", required = false) String text,
                   RedirectAttributes redirect) {
        load(id);
        try {
            keepMinutes.comment(minutesId, text);
            redirect.addFlashAttribute("flash", "council-meeting.minutes.commented");
        } catch (MeetingRuleBroken e) {
            redirect.addFlashAttribute("commentError", e.messageKey());
        }
        return "redirect:/council/meetings/" + id + "#minutes-comments";
    }

    @GetMapping("/council/decisions")
    String decisions(@RequestParam(name = "body", required = false) Long bodyId,
                     @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        var decisions = pages.decisions(bodyId, page);
        model.addAttribute("decisions", decisions);
        model.addAttribute("bodies", pages.bodiesById());
        model.addAttribute("bodyId", bodyId);
        model.addAttribute("organisations", pages.organisations(decisions.map(Decision::getResponsibleOrganisationId).getContent()));
        model.addAttribute("followUps", followUps(decisions.getContent()));
        return "council/meeting/decisions";
    }

    @GetMapping("/council/decisions/{id:\\d+}")
    String decision(@PathVariable long id, Model model) {
        Decision d = pages.decision(id).orElseThrow(() -> new NotFoundException("decision", id));
        model.addAttribute("decision", d);
        model.addAttribute("meeting", load(d.getMeetingId()));
        model.addAttribute("item", pages.item(d.getAgendaItemId()).orElse(null));
        model.addAttribute("body", pages.bodiesById().get(d.getBodyId()));
        model.addAttribute("organisation", d.getResponsibleOrganisationId() == null ? null
                : pages.organisations(List.of(d.getResponsibleOrganisationId())).get(d.getResponsibleOrganisationId()));
        model.addAttribute("followUp", followUps(List.of(d)).get(d.getId()));
        return "council/meeting/decision";
    }

    @GetMapping(value = "/council/bodies/{id:\\d+}/meetings.ics", produces = "text/calendar")
    ResponseEntity<String> feed(@PathVariable long id, Locale locale) {
        if (!pages.bodiesById().containsKey(id)) {
            throw new NotFoundException("body", id);
        }
        String ics = MeetingCalendar.calendar(pages.meetingsOf(id, 500), locale, baseUrl, clock.instant(), "PUBLISH");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8")).body(ics);
    }

    /** Shown only when a module tracks decisions (monitoring); the council never depends on it. */
    private Map<Long, FollowUps.FollowUp> followUps(List<Decision> decisions) {
        Map<Long, FollowUps.FollowUp> out = new HashMap<>();
        FollowUps f = followUps.getIfAvailable();
        if (f != null) {
            decisions.forEach(d -> f.followUp("council", "decision", d.getId()).ifPresent(x -> out.put(d.getId(), x)));
        }
        return out;
    }

    /** Minutes are plain text: blank lines separate paragraphs. */
    static List<String> paragraphs(String text) {
        return java.util.Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static Optional<RsvpAnswer> parse(String answer) {
        try {
            return answer == null ? Optional.empty() : Optional.of(RsvpAnswer.valueOf(answer));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Meeting load(long id) {
        return pages.meeting(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    static boolean seatFilled(AttendanceStatus s) {
        return s != null && s.seatFilled();
    }
}
