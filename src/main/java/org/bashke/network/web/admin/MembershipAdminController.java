package org.bashke.network.web.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.files.FileStore;
import org.bashke.identity.Accounts;
import org.bashke.network.code.CodesInForce;
import org.bashke.network.governance.ManageGovernance;
import org.bashke.network.member.ApplicationStatus;
import org.bashke.network.member.DecideMembership;
import org.bashke.network.member.ManageMembers;
import org.bashke.network.member.MemberConfirmation;
import org.bashke.network.member.MemberFee;
import org.bashke.network.member.MembershipApplication;
import org.bashke.network.member.MembershipApplicationRepository;
import org.bashke.network.member.MembershipRuleBroken;
import org.bashke.network.member.NetworkMember;
import org.bashke.network.member.NetworkMemberRepository;
import org.bashke.network.web.MemberNames;
import org.bashke.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's side of membership: applications and the Board's decisions, members' status, confirmations, fees. */
@Controller
class MembershipAdminController {

    private final MembershipApplicationRepository applications;
    private final NetworkMemberRepository members;
    private final DecideMembership decide;
    private final ManageMembers manage;
    private final ManageGovernance governance;
    private final MemberNames names;
    private final FileStore files;
    private final Accounts accounts;

    MembershipAdminController(MembershipApplicationRepository applications, NetworkMemberRepository members,
                              DecideMembership decide, ManageMembers manage, ManageGovernance governance, MemberNames names,
                              FileStore files, Accounts accounts) {
        this.applications = applications;
        this.members = members;
        this.decide = decide;
        this.manage = manage;
        this.governance = governance;
        this.names = names;
        this.files = files;
        this.accounts = accounts;
    }

    @GetMapping("/admin/network/applications")
    String applications(Locale locale, Model model) {
        List<MembershipApplication> open = applications.findByStatusInOrderBySubmittedAtAsc(
                List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.CHANGES_REQUESTED, ApplicationStatus.COMPLETE));
        List<MembershipApplication> decided = applications.findTop50ByStatusInOrderByUpdatedAtDesc(
                List.of(ApplicationStatus.APPROVED, ApplicationStatus.REFUSED));
        Set<Long> ids = new java.util.HashSet<>();
        open.forEach(a -> ids.add(a.getOrganisationId()));
        decided.forEach(a -> ids.add(a.getOrganisationId()));
        model.addAttribute("open", open);
        model.addAttribute("decided", decided);
        model.addAttribute("organisations", names.organisations(ids, locale));
        return "network/member/admin/applications";
    }

    @GetMapping("/admin/network/applications/{id}")
    String application(@PathVariable("id") long id, Locale locale, Model model) {
        MembershipApplication a = find(id);
        model.addAttribute("a", a);
        model.addAttribute("organisation", names.organisations(List.of(a.getOrganisationId()), locale).get(a.getOrganisationId()));
        model.addAttribute("regions", names.regions(locale));
        model.addAttribute("applicant", accounts.account(a.getApplicantAccountId()).orElse(null));
        model.addAttribute("statute", files.file(a.getStatuteFileId()).orElse(null));
        model.addAttribute("registration", files.file(a.getRegistrationFileId()).orElse(null));
        model.addAttribute("meetings", decide.boardMeetings());
        return "network/member/admin/application";
    }

    @GetMapping("/admin/network/applications/{id}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable("id") long id, @PathVariable("fileId") long fileId) {
        MembershipApplication a = find(id);
        if (fileId != a.getStatuteFileId() && fileId != a.getRegistrationFileId()) {
            throw new NotFoundException("file", fileId);
        }
        return files.download(fileId, false);
    }

    @PostMapping("/admin/network/applications/{id}/complete")
    String complete(@PathVariable("id") long id, @RequestParam(name = "note", required = false) String note,
                    RedirectAttributes redirect) {
        return act(id, redirect, "network-member.admin.flash.complete", () -> decide.markComplete(id, note));
    }

    @PostMapping("/admin/network/applications/{id}/changes")
    String changes(@PathVariable("id") long id, @RequestParam(name = "note", required = false) String note,
                   RedirectAttributes redirect) {
        return act(id, redirect, "network-member.admin.flash.changes", () -> decide.askForChanges(id, note));
    }

    @PostMapping("/admin/network/applications/{id}/decision")
    String decision(@PathVariable("id") long id, @RequestParam(name = "outcome", required = false) String outcome,
                    @RequestParam(name = "meetingId", required = false) Long meetingId,
                    @RequestParam(name = "votesFor", required = false) Integer votesFor,
                    @RequestParam(name = "votesAgainst", required = false) Integer votesAgainst,
                    @RequestParam(name = "votesAbstaining", required = false) Integer votesAbstaining,
                    @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
        if (!"APPROVE".equals(outcome) && !"REFUSE".equals(outcome)) {
            redirect.addFlashAttribute("problem", "network-member.rule.decision.outcome");
            return "redirect:/admin/network/applications/" + id;
        }
        boolean approved = "APPROVE".equals(outcome);
        return act(id, redirect, approved ? "network-member.admin.flash.approved" : "network-member.admin.flash.refused",
                () -> decide.decide(id, new DecideMembership.BoardDecision(approved, meetingId, votesFor, votesAgainst,
                        votesAbstaining, reason)));
    }

    @GetMapping("/admin/network/members")
    String members(@RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
        int y = year == null ? CodesInForce.today().getYear() : year;
        List<NetworkMember> all = members.findAllByOrderByMemberSinceAscIdAsc();
        Map<Long, MemberConfirmation> confirmed = manage.confirmations(y).stream()
                .collect(Collectors.toMap(MemberConfirmation::getMemberId, c -> c, (x, z) -> x));
        Map<Long, MemberFee> fees = manage.fees(y).stream().collect(Collectors.toMap(MemberFee::getMemberId, f -> f, (x, z) -> x));
        model.addAttribute("members", all);
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("fees", fees);
        model.addAttribute("year", y);
        model.addAttribute("annualFee", governance.annualFee().orElse(null));
        model.addAttribute("notConfirmed", all.stream().filter(m -> m.getStatus() != org.bashke.network.MemberStatus.LEFT)
                .filter(m -> !confirmed.containsKey(m.getId())).count());
        model.addAttribute("organisations", names.organisations(all.stream().map(NetworkMember::getOrganisationId).toList(), locale));
        model.addAttribute("regions", names.regions(locale));
        return "network/member/admin/members";
    }

    @GetMapping("/admin/network/members/{id}")
    String member(@PathVariable("id") long id, Locale locale, Model model) {
        NetworkMember m = manage.find(id);
        int year = CodesInForce.today().getYear();
        model.addAttribute("m", m);
        model.addAttribute("organisation", names.organisations(List.of(m.getOrganisationId()), locale).get(m.getOrganisationId()));
        model.addAttribute("regions", names.regions(locale));
        model.addAttribute("confirmation", manage.confirmation(id, year).orElse(null));
        model.addAttribute("year", year);
        model.addAttribute("annualFee", governance.annualFee().orElse(null));
        model.addAttribute("fees", manage.fees(year).stream().filter(f -> f.getMemberId() == id).toList());
        return "network/member/admin/member";
    }

    @PostMapping("/admin/network/members/{id}/suspend")
    String suspend(@PathVariable("id") long id, @RequestParam(name = "reason", required = false) String reason,
                   @RequestParam(name = "until", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, RedirectAttributes redirect) {
        return memberAct(id, redirect, () -> manage.suspend(id, reason, until));
    }

    @PostMapping("/admin/network/members/{id}/restore")
    String restore(@PathVariable("id") long id, RedirectAttributes redirect) {
        return memberAct(id, redirect, () -> manage.restore(id));
    }

    @PostMapping("/admin/network/members/{id}/leave")
    String leave(@PathVariable("id") long id, @RequestParam(name = "reason", required = false) String reason,
                 @RequestParam(name = "on", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, RedirectAttributes redirect) {
        return memberAct(id, redirect, () -> manage.leave(id, reason, on));
    }

    @PostMapping("/admin/network/members/{id}/fee")
    String fee(@PathVariable("id") long id, @RequestParam(name = "year", required = false) Integer year,
               @RequestParam(name = "amount", required = false) BigDecimal amount,
               @RequestParam(name = "paidOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn, RedirectAttributes redirect) {
        return memberAct(id, redirect, () -> manage.recordFee(id, year == null ? 0 : year, amount, paidOn));
    }

    private String memberAct(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "network-member.admin.flash.saved");
        } catch (MembershipRuleBroken e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/admin/network/members/" + id;
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (MembershipRuleBroken e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/admin/network/applications/" + id;
    }

    private MembershipApplication find(long id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("network-application", id));
    }

}
