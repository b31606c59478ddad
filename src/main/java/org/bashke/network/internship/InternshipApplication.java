package org.bashke.network.internship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person's application to a call: personal data (CV, letter, motivation) for the selectors' eyes only. */
@Entity(name = "InternshipApplication")
@Table(name = "network_internship_application")
public class InternshipApplication {

    public enum Status { SUBMITTED, SELECTED, NOT_SELECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "call_id")
    private long callId;
    @Column(name = "account_id")
    private long accountId;
    private String motivation;
    @Column(name = "cv_file_id")
    private long cvFileId;
    @Column(name = "letter_file_id")
    private long letterFileId;
    private String language;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Integer score;
    private String reason;
    @Column(name = "scored_by")
    private String scoredBy;
    @Column(name = "scored_at")
    private Instant scoredAt;
    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected InternshipApplication() {
    }

    public InternshipApplication(long callId, long accountId, String motivation, long cvFileId, long letterFileId,
                                 String language, Instant now) {
        this.callId = callId;
        this.accountId = accountId;
        this.motivation = motivation;
        this.cvFileId = cvFileId;
        this.letterFileId = letterFileId;
        this.language = language;
        this.submittedAt = now;
        this.status = Status.SUBMITTED;
    }

    /** A selector's score (0–100) with reasons; whether the applicant is selected is part of it. */
    public void score(int score, String reason, boolean selected, String by, Instant at) {
        if (score < 0 || score > 100) {
            throw new InternshipRuleBroken("network.internship.rule.score", "score");
        }
        if (reason == null || reason.isBlank()) {
            throw new InternshipRuleBroken("network.internship.rule.reason", "reason");
        }
        this.score = score;
        this.reason = reason.strip();
        this.status = selected ? Status.SELECTED : Status.NOT_SELECTED;
        this.scoredBy = by;
        this.scoredAt = at;
    }

    /** What the audit keeps: the decision, never the personal data themselves. */
    public Map<String, Object> audit() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("callId", callId);
        v.put("accountId", accountId);
        v.put("status", status);
        v.put("score", score);
        return v;
    }

    public Long getId() { return id; }
    public long getCallId() { return callId; }
    public long getAccountId() { return accountId; }
    public String getMotivation() { return motivation; }
    public long getCvFileId() { return cvFileId; }
    public long getLetterFileId() { return letterFileId; }
    public String getLanguage() { return language; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Status getStatus() { return status; }
    public Integer getScore() { return score; }
    public String getReason() { return reason; }
}
