package org.bashke.fund.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.bashke.fund.ClaimApproved;
import org.bashke.fund.budget.BudgetBalance;
import org.bashke.fund.budget.BudgetBook;
import org.bashke.fund.budget.BudgetLine;
import org.bashke.fund.budget.BudgetLines;
import org.bashke.fund.eligibility.Eligibilities;
import org.bashke.fund.rules.CostRules;
import org.bashke.fund.rules.FundRuleBroken;
import org.bashke.fund.rules.RulesVersion;
import org.bashke.fund.rules.RulesVersions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat reviews submitted claims: takes one up, asks for changes, approves (per line) or rejects. */
@Component
public class ReviewClaims {

    private final Claims claims;
    private final RulesVersions rules;
    private final Eligibilities eligibilities;
    private final BudgetLines budgetLines;
    private final BudgetBook budget;
    private final FundAccess access;
    private final ClaimMail mail;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewClaims(Claims claims, RulesVersions rules, Eligibilities eligibilities, BudgetLines budgetLines, BudgetBook budget,
                 FundAccess access, ClaimMail mail, AuditLog audit, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.claims = claims;
        this.rules = rules;
        this.eligibilities = eligibilities;
        this.budgetLines = budgetLines;
        this.budget = budget;
        this.access = access;
        this.mail = mail;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public void startReview(long claimId) {
        Claim claim = claim(claimId);
        var before = claim.audit();
        claim.startReview(access.accountId(), access.actorName());
        audit.record("support.claim.review-started", "claim", claimId, before, claim.audit());
        mail.send(claim, "review");
    }

    @Transactional
    public void requestChanges(long claimId, String whatToChange) {
        Claim claim = claim(claimId);
        var before = claim.audit();
        claim.requestChanges(whatToChange, clock.instant());
        audit.record("support.claim.changes-requested", "claim", claimId, before, claim.audit());
        mail.send(claim, "changes");
    }

    @Transactional
    public void reject(long claimId, String reason) {
        Claim claim = claim(claimId);
        var before = claim.audit();
        claim.reject(reason, access.actorName(), clock.instant());
        audit.record("support.claim.rejected", "claim", claimId, before, claim.audit());
        mail.send(claim, "rejected");
    }

    /**
     * Approves a claim against a budget line. The organisation's year and the budget line are locked first (in
     * that order, for every approval, so two never wait on each other crosswise): parallel approvals queue, and
     * each sees what the previous one committed, so no cap is exceeded and no line goes below zero.
     */
    @Transactional
    public Claim approve(long claimId, List<Claim.LineDecision> decisions, long budgetLineId, String note) {
        // read without loading the claim, so that the locked read below is its first and current state
        long organisation = claims.organisationOf(claimId).orElseThrow(() -> new NotFoundException("claim", claimId));
        int year = claims.meetingDateOf(claimId).orElseThrow().getYear();
        eligibilities.lock(organisation, year).orElseThrow(() -> new FundRuleBroken("support.rule.claim.notEligible"));
        BudgetLine line = budgetLines.lockById(budgetLineId).orElseThrow(() -> new FundRuleBroken("support.rule.budget.choose"));
        Claim claim = claims.lockById(claimId).orElseThrow(() -> new NotFoundException("claim", claimId));
        if (!line.covers(year, claim.getBodyKind())) {
            throw new FundRuleBroken("support.rule.budget.notCovering");
        }
        var before = claim.audit();
        RulesVersion version = rules.findById(claim.getRulesId()).orElseThrow(() -> new NotFoundException("rules", claim.getRulesId()));
        List<BigDecimal> approvedLines = claim.decideLines(decisions);
        CostRules.ClaimAmount amount = CostRules.claim(version.terms(), approvedLines,
                claims.committedForOrganisation(claim.getOrganisationId(), year, claimId));
        if (amount.allowed().compareTo(version.getFourEyesThreshold()) > 0 && claim.getReviewerAccountId() != null
                && claim.getReviewerAccountId() == access.accountId()) {
            throw new FundRuleBroken("support.rule.review.fourEyes", version.getFourEyesThreshold().toPlainString());
        }
        BudgetBalance balance = budget.balance(line);
        if (amount.allowed().compareTo(balance.remaining()) > 0) {
            throw new FundRuleBroken("support.rule.budget.overspend", balance.remaining().toPlainString(), line.getName());
        }
        claim.approve(decisions, amount, budgetLineId, note, access.actorName(), clock.instant());
        audit.record("support.claim.approved", "claim", claimId, before, claim.audit());
        mail.send(claim, "approved");
        events.publishEvent(new ClaimApproved(claimId, claim.getOrganisationId(), claim.getMeetingId(), amount.allowed()));
        return claim;
    }

    private Claim claim(long claimId) {
        return claims.findById(claimId).orElseThrow(() -> new NotFoundException("claim", claimId));
    }
}
