package org.bashke.fund.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.bashke.fund.claim.Claim;
import org.bashke.fund.claim.ClaimStatus;
import org.bashke.fund.claim.Claims;
import org.bashke.fund.claim.FundAccess;
import org.bashke.fund.rules.Cents;
import org.bashke.fund.rules.FundRuleBroken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Corrections to paid claims, each a new record with its reason. */
@Component
public class Adjustments {

    private final AdjustmentRepository adjustments;
    private final Claims claims;
    private final FundAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Adjustments(AdjustmentRepository adjustments, Claims claims, FundAccess access, AuditLog audit, Optional<Clock> clock) {
        this.adjustments = adjustments;
        this.claims = claims;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public Adjustment add(long claimId, BigDecimal amount, String reason) {
        Claim claim = claims.findById(claimId).orElseThrow(() -> new NotFoundException("claim", claimId));
        if (claim.getStatus() != ClaimStatus.PAID) {
            throw new FundRuleBroken("support.rule.adjustment.notPaid");
        }
        if (amount == null || amount.signum() == 0) {
            throw new FundRuleBroken("support.rule.amount.invalid");
        }
        if (reason == null || reason.isBlank()) {
            throw new FundRuleBroken("support.rule.adjustment.reason");
        }
        BigDecimal total = Cents.round(amount);
        BigDecimal net = claim.getApprovedAmount().add(of(claimId).stream().map(Adjustment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        if (net.add(total).signum() < 0) {
            throw new FundRuleBroken("support.rule.adjustment.belowZero");
        }
        Adjustment a = adjustments.save(new Adjustment(claimId, total, reason.strip(), access.actorName(), clock.instant()));
        audit.record("support.claim.adjusted", "claim", claimId, null, Map.of("adjustmentId", a.getId(), "amount", total,
                "reason", a.getReason()));
        return a;
    }

    @Transactional(readOnly = true)
    public List<Adjustment> of(long claimId) {
        return adjustments.findByClaimIdOrderById(claimId);
    }
}
