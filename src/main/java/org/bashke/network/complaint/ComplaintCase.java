package org.bashke.network.complaint;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.shared.text.LocalizedText;

/**
 * A complaint about a member organisation's breach of the code of conduct, handled confidentially: received,
 * opened to the member concerned, heard, decided with reasons. Only the outcome (and a short public summary) is
 * published, and only when the handlers mark it publishable.
 */
@Entity(name = "ComplaintCase")
@Table(name = "network_complaint_case")
public class ComplaintCase {

    public enum Status { RECEIVED, OPENED, HEARING, DECIDED }

    public enum Outcome { UPHELD, PARTLY_UPHELD, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "body_id")
    private long bodyId;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "complainant_account_id")
    private long complainantAccountId;
    @Column(name = "name_withheld")
    private boolean nameWithheld;
    private String subject;
    private String description;
    private String language;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "filed_at")
    private Instant filedAt;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "hearing_on")
    private LocalDate hearingOn;
    @Column(name = "hearing_notes")
    private String hearingNotes;
    @Column(name = "member_response")
    private String memberResponse;
    @Column(name = "member_responded_at")
    private Instant memberRespondedAt;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "decision_reasons")
    private String decisionReasons;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "summary_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "summary_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "summary_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "summary_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "summary_en_status"))})
    private LocalizedText publicSummary;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected ComplaintCase() {
    }

    public ComplaintCase(long bodyId, long organisationId, long complainantAccountId, boolean nameWithheld, String subject,
                         String description, String language, Instant now) {
        this.bodyId = bodyId;
        this.organisationId = organisationId;
        this.complainantAccountId = complainantAccountId;
        this.nameWithheld = nameWithheld;
        this.subject = subject;
        this.description = description;
        this.language = language;
        this.status = Status.RECEIVED;
        this.filedAt = now;
    }

    public boolean openedToMember() {
        return openedAt != null;
    }

    /** The handlers open the case to the member concerned, who from then on sees it and may answer. */
    public void openToMember(Instant at) {
        if (status != Status.RECEIVED) {
            throw new ComplaintRuleBroken("network.complaint.rule.step");
        }
        status = Status.OPENED;
        openedAt = at;
    }

    public void respond(String text, Instant at) {
        if (!openedToMember() || status == Status.DECIDED) {
            throw new ComplaintRuleBroken("network.complaint.rule.step");
        }
        if (text == null || text.isBlank()) {
            throw new ComplaintRuleBroken("network.complaint.rule.response", "response");
        }
        memberResponse = text.strip();
        memberRespondedAt = at;
    }

    /** The hearing of the member concerned: only after the case was opened to it. */
    public void hearing(LocalDate on, String notes) {
        if (status != Status.OPENED && status != Status.HEARING) {
            throw new ComplaintRuleBroken("network.complaint.rule.hearingBeforeOpening");
        }
        if (on == null) {
            throw new ComplaintRuleBroken("network.complaint.rule.hearingDate", "hearingOn");
        }
        status = Status.HEARING;
        hearingOn = on;
        hearingNotes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /** A decision needs an outcome and reasons, and follows the hearing of the member concerned. */
    public void decide(Outcome outcome, String reasons, Instant at) {
        if (status != Status.HEARING) {
            throw new ComplaintRuleBroken("network.complaint.rule.decideAfterHearing");
        }
        if (outcome == null) {
            throw new ComplaintRuleBroken("network.complaint.rule.outcome", "outcome");
        }
        if (reasons == null || reasons.isBlank()) {
            throw new ComplaintRuleBroken("network.complaint.rule.reasons", "reasons");
        }
        this.outcome = outcome;
        this.decisionReasons = reasons.strip();
        this.decidedAt = at;
        this.status = Status.DECIDED;
    }

    /** Only a decided case, and only its outcome with a public summary, may be published. */
    public void publish(LocalizedText summary, Instant at) {
        if (status != Status.DECIDED) {
            throw new ComplaintRuleBroken("network.complaint.rule.publishUndecided");
        }
        if (summary == null || summary.isEmpty()) {
            throw new ComplaintRuleBroken("network.complaint.rule.summary", "summarySq");
        }
        this.publicSummary = summary;
        this.publishedAt = at;
    }

    public Map<String, Object> audit() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("bodyId", bodyId);
        v.put("organisationId", organisationId);
        v.put("status", status);
        v.put("outcome", outcome);
        v.put("published", publishedAt != null);
        return v;
    }

    public Long getId() { return id; }
    public long getBodyId() { return bodyId; }
    public long getOrganisationId() { return organisationId; }
    public long getComplainantAccountId() { return complainantAccountId; }
    public boolean isNameWithheld() { return nameWithheld; }
    public String getSubject() { return subject; }
    public String getDescription() { return description; }
    public String getLanguage() { return language; }
    public Status getStatus() { return status; }
    public Instant getFiledAt() { return filedAt; }
    public Instant getOpenedAt() { return openedAt; }
    public LocalDate getHearingOn() { return hearingOn; }
    public String getHearingNotes() { return hearingNotes; }
    public String getMemberResponse() { return memberResponse; }
    public Outcome getOutcome() { return outcome; }
    public String getDecisionReasons() { return decisionReasons; }
    public Instant getDecidedAt() { return decidedAt; }
    public LocalizedText getPublicSummary() { return publicSummary; }
    public Instant getPublishedAt() { return publishedAt; }
}
