package org.bashke.network.web.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.network.MemberStatus;
import org.bashke.network.MemberSummary;
import org.bashke.network.Network;
import org.bashke.network.governance.AssemblyDelegate;
import org.bashke.network.governance.Majority;
import org.bashke.network.governance.ManageGovernance;
import org.bashke.network.governance.NetworkBodies;
import org.bashke.network.governance.WorkingGroup;
import org.bashke.network.governance.WorkingGroupMember;
import org.bashke.network.member.MembershipRuleBroken;
import org.bashke.network.web.MemberNames;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's page for CiviKos's governance: the rules of the Assembly and the Board, the Board's
 * mandates, the Assembly's representatives and the four working groups. Meetings are council's pages.
 */
@Controller
class GovernanceAdminController {

    private static final String BACK = "redirect:/admin/network/governance";

    private final ManageGovernance governance;
    private final NetworkBodies bodies;
    private final Network network;
    private final Accounts accounts;
    private final MemberNames names;

    GovernanceAdminController(ManageGovernance governance, NetworkBodies bodies, Network network, Accounts accounts,
                              MemberNames names) {
        this.governance = governance;
        this.bodies = bodies;
        this.network = network;
        this.accounts = accounts;
        this.names = names;
    }

    @GetMapping("/admin/network/governance")
    String page(Locale locale, Model model) {
        List<MemberSummary> active = network.members(MemberStatus.ACTIVE);
        Set<Long> orgIds = new HashSet<>();
        active.forEach(m -> orgIds.add(m.organisationId()));
        governance.mandates().forEach(m -> orgIds.add(m.getOrganisationId()));
        List<WorkingGroup> groups = governance.groups();
        Map<Long, List<WorkingGroupMember>> groupMembers = new LinkedHashMap<>();
        for (WorkingGroup g : groups) {
            groupMembers.put(g.getId(), governance.groupMembers(g.getId()));
        }
        List<AssemblyDelegate> delegates = governance.delegates();
        delegates.forEach(d -> orgIds.add(d.getOrganisationId()));
        Map<Long, String> delegateNames = new LinkedHashMap<>();
        accounts.accounts(delegates.stream().map(AssemblyDelegate::getAccountId).toList())
                .forEach((AccountSummary a) -> delegateNames.put(a.id(), a.displayName()));
        model.addAttribute("assemblyRules", governance.rules("ASSEMBLY"));
        model.addAttribute("boardRules", governance.rules("BOARD"));
        model.addAttribute("majorities", Majority.values());
        model.addAttribute("assembly", bodies.assembly().orElse(null));
        model.addAttribute("board", bodies.board().orElse(null));
        model.addAttribute("mandates", governance.mandates());
        model.addAttribute("delegates", delegates);
        model.addAttribute("delegateNames", delegateNames);
        model.addAttribute("groups", groups);
        model.addAttribute("groupMembers", groupMembers);
        model.addAttribute("members", names.organisations(active.stream().map(MemberSummary::organisationId).toList(), locale));
        model.addAttribute("organisations", names.organisations(orgIds, locale));
        return "network/member/admin/governance";
    }

    @PostMapping("/admin/network/governance/rules/{kind}")
    String rules(@PathVariable("kind") String kind, @RequestParam(name = "quorumPercent", required = false) Integer quorum,
                 @RequestParam(name = "majority", required = false) Majority majority,
                 @RequestParam(name = "seats", required = false) Integer seats,
                 @RequestParam(name = "maxConsecutiveTerms", required = false) Integer maxTerms,
                 @RequestParam(name = "annualFee", required = false) BigDecimal annualFee, RedirectAttributes redirect) {
        String k = "BOARD".equals(kind) ? "BOARD" : "ASSEMBLY";
        return act(redirect, () -> governance.changeRules(k, quorum, majority, seats, maxTerms, annualFee));
    }

    @PostMapping("/admin/network/governance/mandates")
    String mandate(@RequestParam(name = "organisationId", required = false) Long organisationId,
                   @RequestParam(name = "personName", required = false) String personName,
                   @RequestParam(name = "termNumber", required = false) Integer termNumber,
                   @RequestParam(name = "startsOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                   @RequestParam(name = "endsOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, RedirectAttributes redirect) {
        if (organisationId == null) {
            redirect.addFlashAttribute("problem", "network-member.rule.apply.organisation");
            return BACK;
        }
        return act(redirect, () -> governance.recordMandate(organisationId, personName, termNumber, startsOn, endsOn));
    }

    @PostMapping("/admin/network/governance/delegates")
    String delegate(@RequestParam(name = "organisationId", required = false) Long organisationId,
                    @RequestParam(name = "email", required = false) String email, RedirectAttributes redirect) {
        if (organisationId == null) {
            redirect.addFlashAttribute("problem", "network-member.rule.apply.organisation");
            return BACK;
        }
        var account = email == null ? java.util.Optional.<AccountSummary>empty() : accounts.accountByEmail(email.strip());
        if (account.isEmpty()) {
            redirect.addFlashAttribute("problem", "network-member.rule.assembly.notRepresentative");
            return BACK;
        }
        return act(redirect, () -> governance.nameDelegate(organisationId, account.get().id()));
    }

    @PostMapping("/admin/network/governance/groups/{objective}/members")
    String join(@PathVariable("objective") int objective, @RequestParam(name = "organisationId", required = false) Long organisationId,
                @RequestParam(name = "remove", required = false) String remove, RedirectAttributes redirect) {
        if (organisationId == null) {
            redirect.addFlashAttribute("problem", "network-member.rule.apply.organisation");
            return BACK;
        }
        return act(redirect, () -> {
            if (remove != null) {
                governance.leaveGroup(objective, organisationId);
            } else {
                governance.joinGroup(objective, organisationId);
            }
        });
    }

    @PostMapping("/admin/network/governance/groups/{objective}/coordinator")
    String coordinator(@PathVariable("objective") int objective,
                       @RequestParam(name = "organisationId", required = false) Long organisationId,
                       @RequestParam(name = "personName", required = false) String personName,
                       @RequestParam(name = "electedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate electedOn,
                       @RequestParam(name = "decision", required = false) String decision, RedirectAttributes redirect) {
        return act(redirect, () -> governance.electCoordinator(objective, organisationId, personName, electedOn, decision));
    }

    private String act(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "network-member.admin.flash.saved");
        } catch (MembershipRuleBroken e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return BACK;
    }
}
