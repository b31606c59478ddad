package org.bashke.network.member;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bashke.audit.AuditLog;
import org.bashke.network.MemberStatus;
import org.bashke.network.code.CodesInForce;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a membership after admission: suspension (reason and period), restoration, leaving, the
 * representative's yearly confirmation of data and contacts, and the fee record when the Assembly sets one.
 */
@Component
public class ManageMembers {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final NetworkMemberRepository members;
    private final MemberConfirmationRepository confirmations;
    private final MemberFeeRepository fees;
    private final MembershipAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ManageMembers(NetworkMemberRepository members, MemberConfirmationRepository confirmations, MemberFeeRepository fees,
                  MembershipAccess access, AuditLog audit, Optional<Clock> clock) {
        this.members = members;
        this.confirmations = confirmations;
        this.fees = fees;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public void suspend(long memberId, String reason, LocalDate until) {
        access.requireSecretariat();
        NetworkMember m = find(memberId);
        var before = m.audit();
        m.suspend(reason, until, CodesInForce.today(), clock.instant());
        audit.record("network.member.suspended", "network-member", memberId, before, m.audit());
    }

    @Transactional
    public void restore(long memberId) {
        access.requireSecretariat();
        NetworkMember m = find(memberId);
        var before = m.audit();
        m.restore(clock.instant());
        audit.record("network.member.restored", "network-member", memberId, before, m.audit());
    }

    @Transactional
    public void leave(long memberId, String reason, LocalDate on) {
        access.requireSecretariat();
        NetworkMember m = find(memberId);
        var before = m.audit();
        m.leave(reason, on, clock.instant());
        audit.record("network.member.left", "network-member", memberId, before, m.audit());
    }

    /** The representative confirms, for this year, that the member's data are right and how to reach it. */
    @Transactional
    public MemberConfirmation confirm(long organisationId, String contactEmail, String contactPhone) {
        access.requireRepresentative(organisationId);
        NetworkMember m = members.findByOrganisationId(organisationId).filter(x -> x.getStatus() != MemberStatus.LEFT)
                .orElseThrow(() -> new MembershipRuleBroken("organisationId", "network-member.rule.confirm.notMember"));
        if (contactEmail == null || !EMAIL.matcher(contactEmail.strip()).matches() || contactEmail.length() > 320) {
            throw new MembershipRuleBroken("contactEmail", "network-member.rule.confirm.email");
        }
        if (contactPhone != null && contactPhone.length() > 40) {
            throw new MembershipRuleBroken("contactPhone", "network-member.rule.confirm.phone");
        }
        int year = CodesInForce.today().getYear();
        Optional<MemberConfirmation> existing = confirmations.findByMemberIdAndYear(m.getId(), year);
        MemberConfirmation c = existing.orElseGet(() -> new MemberConfirmation(m.getId(), year, contactEmail, contactPhone,
                access.accountId(), clock.instant()));
        if (existing.isPresent()) {
            c.update(contactEmail, contactPhone, access.accountId(), clock.instant());
        }
        c = confirmations.save(c);
        audit.record("network.member.confirmed", "network-member", m.getId(), null,
                Map.of("year", year, "contactEmail", c.getContactEmail()));
        return c;
    }

    /** The fee of one year: what is due and, once paid, the date. */
    @Transactional
    public MemberFee recordFee(long memberId, int year, BigDecimal amount, LocalDate paidOn) {
        access.requireSecretariat();
        NetworkMember m = find(memberId);
        if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
            throw new MembershipRuleBroken("amount", "network-member.rule.fee.amount");
        }
        if (year < 2000 || year > CodesInForce.today().getYear() + 1) {
            throw new MembershipRuleBroken("year", "network-member.rule.fee.year");
        }
        if (paidOn != null && paidOn.isAfter(CodesInForce.today())) {
            throw new MembershipRuleBroken("paidOn", "network-member.rule.fee.paidOn");
        }
        MemberFee f = fees.findByMemberIdAndYear(m.getId(), year).orElse(null);
        Map<String, Object> before = f == null ? null : Map.of("amount", f.getAmount().toPlainString(),
                "paidOn", String.valueOf(f.getPaidOn()));
        if (f == null) {
            f = new MemberFee(m.getId(), year, amount, paidOn, clock.instant());
        } else {
            f.record(amount, paidOn, clock.instant());
        }
        f = fees.save(f);
        audit.record("network.member.fee", "network-member", m.getId(), before,
                Map.of("year", year, "amount", amount.toPlainString(), "paidOn", String.valueOf(paidOn)));
        return f;
    }

    @Transactional(readOnly = true)
    public NetworkMember find(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new NotFoundException("network-member", memberId));
    }

    @Transactional(readOnly = true)
    public List<MemberConfirmation> confirmations(int year) {
        return confirmations.findByYear(year);
    }

    @Transactional(readOnly = true)
    public List<MemberFee> fees(int year) {
        return fees.findByYear(year);
    }

    @Transactional(readOnly = true)
    public Optional<MemberConfirmation> confirmation(long memberId, int year) {
        return confirmations.findByMemberIdAndYear(memberId, year);
    }
}
