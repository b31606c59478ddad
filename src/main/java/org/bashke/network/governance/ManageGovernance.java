package org.bashke.network.governance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.Accounts;
import org.bashke.network.Network;
import org.bashke.network.member.MembershipAccess;
import org.bashke.network.member.MembershipRuleBroken;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat keeps the governing rules of the Assembly and the Board, the Board's mandates (under the
 * rotation rule), the Assembly's representatives (one per member) and the working groups with their
 * elected coordinators.
 */
@Component
public class ManageGovernance {

    private final GoverningRulesRepository rules;
    private final WorkingGroupRepository groups;
    private final WorkingGroupMemberRepository groupMembers;
    private final AssemblyDelegateRepository delegates;
    private final BoardMandateRepository mandates;
    private final Network network;
    private final Accounts accounts;
    private final MembershipAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ManageGovernance(GoverningRulesRepository rules, WorkingGroupRepository groups, WorkingGroupMemberRepository groupMembers,
                     AssemblyDelegateRepository delegates, BoardMandateRepository mandates, Network network, Accounts accounts,
                     MembershipAccess access, AuditLog audit, Optional<Clock> clock) {
        this.rules = rules;
        this.groups = groups;
        this.groupMembers = groupMembers;
        this.delegates = delegates;
        this.mandates = mandates;
        this.network = network;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public GoverningRules rules(String bodyKind) {
        return rules.findById(bodyKind).orElseThrow(() -> new NotFoundException("network-rules", bodyKind));
    }

    @Transactional
    public void changeRules(String bodyKind, Integer quorumPercent, Majority majority, Integer seats, Integer maxTerms,
                            BigDecimal annualFee) {
        access.requireSecretariat();
        GoverningRules r = rules(bodyKind);
        if (quorumPercent == null || quorumPercent < 1 || quorumPercent > 100) {
            throw new MembershipRuleBroken("quorumPercent", "network-member.rule.rules.quorum");
        }
        if (majority == null) {
            throw new MembershipRuleBroken("majority", "network-member.rule.rules.majority");
        }
        if ((seats != null && seats < 1) || (maxTerms != null && maxTerms < 1)) {
            throw new MembershipRuleBroken("seats", "network-member.rule.rules.positive");
        }
        if (annualFee != null && (annualFee.signum() < 0 || annualFee.scale() > 2)) {
            throw new MembershipRuleBroken("annualFee", "network-member.rule.fee.amount");
        }
        var before = r.audit();
        r.change(quorumPercent, majority, seats, maxTerms, annualFee, access.actorName(), clock.instant());
        audit.record("network.rules.changed", "network-rules", bodyKind, before, r.audit());
    }

    /** The fee the Assembly set, if it set one. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> annualFee() {
        return Optional.ofNullable(rules("ASSEMBLY").getAnnualFee());
    }

    @Transactional
    public BoardMandate recordMandate(long organisationId, String personName, Integer termNumber, LocalDate startsOn,
                                      LocalDate endsOn) {
        access.requireSecretariat();
        if (personName == null || personName.isBlank() || personName.length() > 200) {
            throw new MembershipRuleBroken("personName", "network-member.rule.board.person");
        }
        if (termNumber == null || termNumber < 1) {
            throw new MembershipRuleBroken("termNumber", "network-member.rule.board.term");
        }
        if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
            throw new MembershipRuleBroken("endsOn", "network-member.rule.board.dates");
        }
        if (!network.isActiveMember(organisationId)) {
            throw new MembershipRuleBroken("organisationId", "network-member.rule.assembly.notMember");
        }
        GoverningRules board = rules("BOARD");
        List<Integer> sat = mandates.findByOrganisationId(organisationId).stream().map(BoardMandate::getTermNumber).toList();
        BoardRotationRule.check(sat, termNumber, board.getSeats() == null ? 9 : board.getSeats(),
                mandates.countByTermNumber(termNumber),
                board.getMaxConsecutiveTerms() == null ? Integer.MAX_VALUE : board.getMaxConsecutiveTerms())
                .ifPresent(key -> {
                    throw new MembershipRuleBroken("termNumber", key);
                });
        BoardMandate m = mandates.save(new BoardMandate(personName, organisationId, termNumber, startsOn, endsOn, clock.instant()));
        audit.record("network.board.mandate", "network-board-mandate", m.getId(), null,
                Map.of("organisationId", organisationId, "person", m.getPersonName(), "term", termNumber));
        return m;
    }

    @Transactional(readOnly = true)
    public List<BoardMandate> mandates() {
        return mandates.findAllByOrderByTermNumberDescPersonNameAsc();
    }

    /**
     * Names the member's representative in the Assembly (replacing any earlier one): the member's own
     * representative or the secretariat does it.
     */
    @Transactional
    public AssemblyDelegate nameDelegate(long organisationId, long accountId) {
        if (!access.isSecretariat()) {
            access.requireRepresentative(organisationId);
        }
        boolean actsFor = accounts.holders(Role.CSO_REPRESENTATIVE, organisationId).stream().anyMatch(a -> a.id() == accountId);
        OneRepresentativePerMemberRule.check(network.isActiveMember(organisationId), actsFor,
                delegates.existsByAccountIdAndOrganisationIdNot(accountId, organisationId)).ifPresent(key -> {
                    throw new MembershipRuleBroken("accountId", key);
                });
        Optional<AssemblyDelegate> existing = delegates.findByOrganisationId(organisationId);
        Map<String, Object> before = existing.<Map<String, Object>>map(d -> Map.of("accountId", d.getAccountId())).orElse(null);
        AssemblyDelegate d = existing.orElseGet(() -> new AssemblyDelegate(organisationId, accountId, clock.instant()));
        d.name(accountId, clock.instant());
        d = delegates.save(d);
        audit.record("network.assembly.delegate", "network-assembly-delegate", d.getId(), before,
                Map.of("organisationId", organisationId, "accountId", accountId));
        return d;
    }

    @Transactional(readOnly = true)
    public List<AssemblyDelegate> delegates() {
        return delegates.findAll();
    }

    @Transactional(readOnly = true)
    public List<WorkingGroup> groups() {
        return groups.findAllByOrderByObjectiveAsc();
    }

    @Transactional(readOnly = true)
    public List<WorkingGroupMember> groupMembers(long groupId) {
        return groupMembers.findByGroupId(groupId);
    }

    @Transactional
    public void joinGroup(int objective, long organisationId) {
        access.requireSecretariat();
        WorkingGroup g = group(objective);
        if (!network.isActiveMember(organisationId)) {
            throw new MembershipRuleBroken("organisationId", "network-member.rule.assembly.notMember");
        }
        if (groupMembers.findByGroupIdAndOrganisationId(g.getId(), organisationId).isPresent()) {
            return;
        }
        WorkingGroupMember m = groupMembers.save(new WorkingGroupMember(g.getId(), organisationId, clock.instant()));
        audit.record("network.group.joined", "network-working-group", g.getId(), null, Map.of("organisationId", organisationId,
                "membershipId", m.getId()));
    }

    @Transactional
    public void leaveGroup(int objective, long organisationId) {
        access.requireSecretariat();
        WorkingGroup g = group(objective);
        groupMembers.findByGroupIdAndOrganisationId(g.getId(), organisationId).ifPresent(m -> {
            if (Long.valueOf(organisationId).equals(g.getCoordinatorOrganisationId())) {
                throw new MembershipRuleBroken("organisationId", "network-member.rule.group.coordinatorLeaves");
            }
            groupMembers.delete(m);
            audit.record("network.group.left", "network-working-group", g.getId(), Map.of("organisationId", organisationId), null);
        });
    }

    /** Records the coordinator the group elected, with the date and the decision (e.g. its minutes). */
    @Transactional
    public void electCoordinator(int objective, Long organisationId, String personName, LocalDate electedOn, String decision) {
        access.requireSecretariat();
        WorkingGroup g = group(objective);
        if (organisationId == null || groupMembers.findByGroupIdAndOrganisationId(g.getId(), organisationId).isEmpty()) {
            throw new MembershipRuleBroken("organisationId", "network-member.rule.group.coordinatorNotInGroup");
        }
        if (personName == null || personName.isBlank() || personName.length() > 200) {
            throw new MembershipRuleBroken("personName", "network-member.rule.board.person");
        }
        if (electedOn == null || electedOn.isAfter(LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Belgrade"))))) {
            throw new MembershipRuleBroken("electedOn", "network-member.rule.group.electedOn");
        }
        if (decision == null || decision.isBlank() || decision.length() > 500) {
            throw new MembershipRuleBroken("decision", "network-member.rule.group.decision");
        }
        var before = g.audit();
        g.electCoordinator(organisationId, personName, electedOn, decision, clock.instant());
        audit.record("network.group.coordinator", "network-working-group", g.getId(), before, g.audit());
    }

    private WorkingGroup group(int objective) {
        return groups.findByObjective(objective).orElseThrow(() -> new NotFoundException("network-working-group", objective));
    }
}
