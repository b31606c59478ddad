package org.bashke.fund.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bashke.council.BodyKind;
import org.bashke.fund.rules.CostKind;
import org.bashke.fund.rules.CostRules;
import org.bashke.fund.rules.FundRuleBroken;
import org.bashke.fund.rules.RulesTerms;

/**
 * A claim for the costs of one person's attendance at one meeting, made by a representative of the
 * organisation whose seat they filled. State changes are the methods below; each refuses a move the life
 * of a claim does not allow ({@link ClaimStatus}). A paid claim never changes (the database refuses too).
 */
@Entity
@Table(name = "support_claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "meeting_id")
    private long meetingId;
    @Column(name = "body_id")
    private long bodyId;
    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind")
    private BodyKind bodyKind;
    @Column(name = "meeting_date")
    private LocalDate meetingDate;
    @Column(name = "meeting_days")
    private int meetingDays;
    @Column(name = "meeting_title")
    private String meetingTitle;
    private String place;
    @Column(name = "origin_code")
    private String originCode;
    @Column(name = "venue_code")
    private String venueCode;
    @Column(name = "distance_km")
    private BigDecimal distanceKm;
    @Column(name = "rules_id")
    private long rulesId;
    @Enumerated(EnumType.STRING)
    private ClaimStatus status;
    @Column(name = "claimed_amount")
    private BigDecimal claimedAmount;
    @Column(name = "approved_amount")
    private BigDecimal approvedAmount;
    @Column(name = "budget_line_id")
    private Long budgetLineId;
    @Column(name = "change_request")
    private String changeRequest;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "reviewer_account_id")
    private Long reviewerAccountId;
    private String reviewer;
    private String approver;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "batch_id")
    private Long batchId;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "payment_reference")
    private String paymentReference;
    @Version
    private long version;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ClaimLine> lines = new ArrayList<>();

    protected Claim() {
    }

    /** What the attendance register and the rules say about the meeting when the claim is started. */
    public record MeetingFacts(long meetingId, long bodyId, BodyKind bodyKind, LocalDate date, int days, String title,
                               String place, String originCode, String venueCode, BigDecimal distanceKm) {
    }

    public Claim(long organisationId, long accountId, MeetingFacts m, long rulesId, long createdBy, Instant now) {
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.meetingId = m.meetingId();
        this.bodyId = m.bodyId();
        this.bodyKind = m.bodyKind();
        this.meetingDate = m.date();
        this.meetingDays = Math.max(1, m.days());
        this.meetingTitle = m.title();
        this.place = m.place();
        this.originCode = m.originCode();
        this.venueCode = m.venueCode();
        this.distanceKm = m.distanceKm();
        this.rulesId = rulesId;
        this.status = ClaimStatus.DRAFT;
        this.claimedAmount = BigDecimal.ZERO.setScale(2);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public CostRules.Trip trip() {
        return new CostRules.Trip(distanceKm, meetingDays);
    }

    /** Adds a cost; the amount is what the rules allow, worked out by the caller with {@link CostRules}. */
    public ClaimLine addLine(CostKind kind, CostRules.LineAmount amount, String justification, Long receiptFileId) {
        mustBeEditable();
        if (kind == CostKind.CAR && lines.stream().anyMatch(l -> l.getKind() == CostKind.CAR)) {
            throw new FundRuleBroken("support.rule.car.once");
        }
        int position = lines.stream().mapToInt(ClaimLine::getPosition).max().orElse(0) + 1;
        ClaimLine line = new ClaimLine(this, position, kind, amount, justification, receiptFileId);
        lines.add(line);
        return line;
    }

    public void removeLine(long lineId) {
        mustBeEditable();
        if (!lines.removeIf(l -> l.getId() != null && l.getId() == lineId)) {
            throw new FundRuleBroken("support.rule.claim.noSuchLine");
        }
    }

    /** The claimed amount after the claim and organisation caps, as the claimant is shown it. */
    public CostRules.ClaimAmount recompute(RulesTerms terms, BigDecimal organisationSoFar) {
        CostRules.ClaimAmount amount = CostRules.claim(terms, lines.stream().map(ClaimLine::getAllowedAmount).toList(), organisationSoFar);
        this.claimedAmount = amount.allowed();
        return amount;
    }

    public void submit(Instant now) {
        if (lines.isEmpty()) {
            throw new FundRuleBroken("support.rule.claim.noLines");
        }
        status.mustMoveTo(ClaimStatus.SUBMITTED);
        this.status = ClaimStatus.SUBMITTED;
        this.submittedAt = now;
    }

    public void startReview(long reviewerAccountId, String reviewerName) {
        status.mustMoveTo(ClaimStatus.IN_REVIEW);
        this.status = ClaimStatus.IN_REVIEW;
        this.reviewerAccountId = reviewerAccountId;
        this.reviewer = reviewerName;
    }

    public void requestChanges(String whatToChange, Instant now) {
        if (whatToChange == null || whatToChange.isBlank()) {
            throw new FundRuleBroken("support.rule.claim.changesText");
        }
        status.mustMoveTo(ClaimStatus.CHANGES_REQUESTED);
        this.status = ClaimStatus.CHANGES_REQUESTED;
        this.changeRequest = whatToChange.strip();
        this.decidedAt = now;
    }

    public void reject(String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new FundRuleBroken("support.rule.claim.reasonRequired");
        }
        status.mustMoveTo(ClaimStatus.REJECTED);
        this.status = ClaimStatus.REJECTED;
        this.decisionReason = reason.strip();
        this.approver = by;
        this.decidedAt = now;
    }

    /** The reviewer's word on one line: no more than the rules allow, and a reason for any reduction. */
    public record LineDecision(int position, BigDecimal approved, String reason) {
    }

    /**
     * Approves the lines as decided; the claim's amount is their sum after the caps ({@code amount}, worked out
     * by the caller under the locks that keep caps safe from parallel approvals).
     */
    public void approve(List<LineDecision> decisions, CostRules.ClaimAmount amount, long budgetLine, String note,
                        String by, Instant now) {
        status.mustMoveTo(ClaimStatus.APPROVED);
        this.status = ClaimStatus.APPROVED;
        this.approvedAmount = amount.allowed();
        this.budgetLineId = budgetLine;
        this.decisionReason = note == null || note.isBlank() ? null : note.strip();
        this.approver = by;
        this.decidedAt = now;
        this.changeRequest = null;
    }

    /** Checks and records the line decisions; returns the approved line amounts, in line order. */
    public List<BigDecimal> decideLines(List<LineDecision> decisions) {
        if (status != ClaimStatus.IN_REVIEW) {
            throw new FundRuleBroken("support.rule.claim.transition", status.name(), ClaimStatus.APPROVED.name());
        }
        List<BigDecimal> approved = new ArrayList<>();
        for (ClaimLine line : lines) {
            LineDecision d = decisions.stream().filter(x -> x.position() == line.getPosition()).findFirst()
                    .orElse(new LineDecision(line.getPosition(), line.getAllowedAmount(), null));
            BigDecimal amount = d.approved() == null ? line.getAllowedAmount() : d.approved().setScale(2, java.math.RoundingMode.HALF_UP);
            if (amount.signum() < 0 || amount.compareTo(line.getAllowedAmount()) > 0) {
                throw new FundRuleBroken("support.rule.review.lineAmount", line.getPosition(), line.getAllowedAmount().toPlainString());
            }
            boolean reduced = amount.compareTo(line.getAllowedAmount()) < 0;
            if (reduced && (d.reason() == null || d.reason().isBlank())) {
                throw new FundRuleBroken("support.rule.review.reductionReason", line.getPosition());
            }
            line.decide(amount, reduced ? d.reason().strip() : null);
            approved.add(amount);
        }
        return approved;
    }

    public void addToBatch(long batch) {
        status.mustMoveTo(ClaimStatus.IN_BATCH);
        this.status = ClaimStatus.IN_BATCH;
        this.batchId = batch;
    }

    public void leaveBatch() {
        status.mustMoveTo(ClaimStatus.APPROVED);
        this.status = ClaimStatus.APPROVED;
        this.batchId = null;
    }

    public void markPaid(LocalDate on, String reference) {
        status.mustMoveTo(ClaimStatus.PAID);
        this.status = ClaimStatus.PAID;
        this.paidOn = on;
        this.paymentReference = reference;
    }

    private void mustBeEditable() {
        if (!status.editableByClaimant()) {
            throw new FundRuleBroken("support.rule.claim.notEditable");
        }
    }

    public BigDecimal linesTotal() {
        return lines.stream().map(ClaimLine::getAllowedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisationId", organisationId);
        m.put("accountId", accountId);
        m.put("meetingId", meetingId);
        m.put("status", status);
        m.put("rulesId", rulesId);
        m.put("claimed", claimedAmount);
        m.put("approved", approvedAmount);
        m.put("budgetLineId", budgetLineId);
        m.put("changeRequest", changeRequest);
        m.put("decisionReason", decisionReason);
        m.put("batchId", batchId);
        m.put("paidOn", paidOn);
        m.put("paymentReference", paymentReference);
        m.put("lines", lines.stream().map(ClaimLine::audit).toList());
        return m;
    }

    /** The bank transfer's reference, also what the claimant quotes. */
    public String reference() {
        return "BSH-" + meetingDate.getYear() + "-" + id;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getBodyId() {
        return bodyId;
    }

    public BodyKind getBodyKind() {
        return bodyKind;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public int getMeetingDays() {
        return meetingDays;
    }

    public String getMeetingTitle() {
        return meetingTitle;
    }

    public String getPlace() {
        return place;
    }

    public String getOriginCode() {
        return originCode;
    }

    public String getVenueCode() {
        return venueCode;
    }

    public BigDecimal getDistanceKm() {
        return distanceKm;
    }

    public long getRulesId() {
        return rulesId;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public BigDecimal getClaimedAmount() {
        return claimedAmount;
    }

    public BigDecimal getApprovedAmount() {
        return approvedAmount;
    }

    public Long getBudgetLineId() {
        return budgetLineId;
    }

    public String getChangeRequest() {
        return changeRequest;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getReviewerAccountId() {
        return reviewerAccountId;
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getApprover() {
        return approver;
    }

    public Long getBatchId() {
        return batchId;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public List<ClaimLine> getLines() {
        return List.copyOf(lines);
    }
}
