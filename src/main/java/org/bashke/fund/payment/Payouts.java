package org.bashke.fund.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.bashke.fund.ClaimPaid;
import org.bashke.fund.claim.Claim;
import org.bashke.fund.claim.ClaimMail;
import org.bashke.fund.claim.Claims;
import org.bashke.fund.claim.FundAccess;
import org.bashke.fund.claim.StartClaim;
import org.bashke.fund.rules.FundRuleBroken;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Payment batches: approved claims grouped for the bank, then marked paid when the bank confirms. */
@Component
public class Payouts {

    private final PaymentBatches batches;
    private final Claims claims;
    private final BankDetails bank;
    private final JdbcTemplate jdbc;
    private final FundAccess access;
    private final ClaimMail mail;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Payouts(PaymentBatches batches, Claims claims, BankDetails bank, JdbcTemplate jdbc, FundAccess access, ClaimMail mail,
            AuditLog audit, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.batches = batches;
        this.claims = claims;
        this.bank = bank;
        this.jdbc = jdbc;
        this.access = access;
        this.mail = mail;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Groups approved claims; each must have the organisation's bank account on file, or the bank could not pay it. */
    @Transactional
    public PaymentBatch batch(List<Long> claimIds) {
        if (claimIds == null || claimIds.isEmpty()) {
            throw new FundRuleBroken("support.rule.batch.empty");
        }
        long n = jdbc.queryForObject("SELECT COUNT(*) FROM support_payment_batch", Long.class) + 1;
        PaymentBatch batch = batches.saveAndFlush(new PaymentBatch("BSH-" + Year.now(StartClaim.KOSOVO) + "-B" + n + "-"
                + Long.toString(clock.millis() % 100000, 36).toUpperCase(), access.actorName(), clock.instant()));
        for (long id : claimIds.stream().distinct().toList()) {
            Claim claim = claims.lockById(id).orElseThrow(() -> new NotFoundException("claim", id));
            if (bank.current(claim.getOrganisationId()).isEmpty()) {
                throw new FundRuleBroken("support.rule.batch.noBank", claim.reference());
            }
            var before = claim.audit();
            claim.addToBatch(batch.getId());
            audit.record("support.claim.batched", "claim", id, before, claim.audit());
            mail.send(claim, "batched");
        }
        audit.record("support.batch.created", "payment-batch", batch.getId(), null, Map.of("reference", batch.getReference(),
                "claims", claimIds));
        return batch;
    }

    /**
     * Records the bank's confirmation. Idempotent: the batch is locked so replays wait for each other, and the
     * database keeps one payment per claim whatever happens above it; a replay changes nothing and is not an error.
     *
     * @return how many claims this call paid (0 for a replay)
     */
    @Transactional
    public int markPaid(long batchId, LocalDate paidOn, String bankReference) {
        if (bankReference == null || bankReference.isBlank()) {
            throw new FundRuleBroken("support.rule.batch.bankReference");
        }
        if (paidOn == null || paidOn.isAfter(LocalDate.now(StartClaim.KOSOVO))) {
            throw new FundRuleBroken("support.rule.batch.paidOn");
        }
        PaymentBatch batch = batches.lockById(batchId).orElseThrow(() -> new NotFoundException("payment batch", batchId));
        if (batch.isPaid()) {
            return 0;
        }
        int paid = 0;
        String actor = access.actorName();
        for (Claim claim : claims.findByBatchIdOrderById(batchId)) {
            int inserted = jdbc.update("INSERT INTO support_payment (claim_id, batch_id, amount, paid_on, bank_reference, recorded_at, recorded_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (claim_id) DO NOTHING", claim.getId(), batchId, claim.getApprovedAmount(),
                    paidOn, bankReference.strip(), java.sql.Timestamp.from(clock.instant()), actor);
            if (inserted == 0 || claim.getStatus() == org.bashke.fund.claim.ClaimStatus.PAID) {
                continue;
            }
            var before = claim.audit();
            claim.markPaid(paidOn, bankReference.strip());
            audit.record("support.claim.paid", "claim", claim.getId(), before, claim.audit());
            mail.send(claim, "paid");
            events.publishEvent(new ClaimPaid(claim.getId(), claim.getOrganisationId(), claim.getBodyId(), claim.getMeetingId(),
                    claim.getApprovedAmount(), paidOn));
            paid++;
        }
        Map<String, Object> before = Map.of("status", batch.getStatus());
        batch.paid(paidOn, bankReference.strip());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", batch.getStatus());
        after.put("paidOn", paidOn);
        after.put("bankReference", batch.getBankReference());
        after.put("claimsPaid", paid);
        audit.record("support.batch.paid", "payment-batch", batchId, before, after);
        return paid;
    }

    /** Takes an approved claim back out of an unpaid batch (the bank refused the account), for a later batch. */
    @Transactional
    public void removeFromBatch(long batchId, long claimId) {
        PaymentBatch batch = batches.lockById(batchId).orElseThrow(() -> new NotFoundException("payment batch", batchId));
        if (batch.isPaid()) {
            throw new FundRuleBroken("support.rule.batch.paid");
        }
        Claim claim = claims.lockById(claimId).filter(c -> Long.valueOf(batchId).equals(c.getBatchId()))
                .orElseThrow(() -> new NotFoundException("claim", claimId));
        var before = claim.audit();
        claim.leaveBatch();
        audit.record("support.claim.unbatched", "claim", claimId, before, claim.audit());
    }

    @Transactional(readOnly = true)
    public PaymentBatch get(long id) {
        return batches.findById(id).orElseThrow(() -> new NotFoundException("payment batch", id));
    }

    @Transactional(readOnly = true)
    public List<PaymentBatch> all() {
        return batches.findAllByOrderByIdDesc();
    }
}
