package org.bashke.dialogue.initiative;

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
import org.bashke.dialogue.process.DialogueRuleException;
import org.bashke.dialogue.process.Placement;
import org.bashke.dialogue.process.ProcessLevel;

/**
 * A CSO's advocacy initiative to an institution: the problem and the ask, written in the proposer's
 * language; other organisations support it; the institution answers once, with reasons unless it accepts.
 */
@Entity(name = "DialogueInitiative")
@Table(name = "dialogue_initiative")
public class Initiative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "target_organisation_id")
    private long targetOrganisationId;
    @Enumerated(EnumType.STRING)
    private ProcessLevel level;
    @Column(name = "municipality_code")
    private String municipalityCode;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "hub_code")
    private String hubCode;
    private String title;
    private String problem;
    private String ask;
    private String language;
    @Column(name = "proposed_by_account_id")
    private Long proposedByAccountId;
    @Column(name = "proposed_by_name")
    private String proposedByName;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Enumerated(EnumType.STRING)
    private InitiativeStatus status;
    @Enumerated(EnumType.STRING)
    private InitiativeAnswer answer;
    @Column(name = "answer_reason")
    private String answerReason;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected Initiative() {
    }

    public Initiative(long organisationId, Placement target, String title, String problem, String ask, String language,
                      Long accountId, String proposedByName, Instant now) {
        this.organisationId = organisationId;
        this.targetOrganisationId = target.organisationId();
        this.level = target.level();
        this.municipalityCode = target.municipalityCode();
        this.regionCode = target.regionCode();
        this.hubCode = target.hubCode();
        this.title = title;
        this.problem = problem;
        this.ask = ask;
        this.language = language;
        this.proposedByAccountId = accountId;
        this.proposedByName = proposedByName;
        this.proposedAt = now;
        this.status = InitiativeStatus.OPEN;
    }

    /** Support is gathered until the institution answers; after that the record stands as it was answered. */
    public void requireOpenForSupport() {
        if (status != InitiativeStatus.OPEN) {
            throw new DialogueRuleException("dialogue.rule.initiative.answered");
        }
    }

    /** The institution answers once; partly accepting or rejecting needs a reason. */
    public void answer(InitiativeAnswer outcome, String reason, String by, Instant at) {
        if (status == InitiativeStatus.ANSWERED) {
            throw new DialogueRuleException("dialogue.rule.initiative.answered");
        }
        if (outcome == null) {
            throw new DialogueRuleException("dialogue.rule.answer.outcome", "answer");
        }
        if (outcome.needsReason() && (reason == null || reason.isBlank())) {
            throw new DialogueRuleException("dialogue.rule.answer.reason", "reason");
        }
        this.answer = outcome;
        this.answerReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = InitiativeStatus.ANSWERED;
    }

    public Placement placement() {
        return new Placement(level, targetOrganisationId, municipalityCode, regionCode, hubCode);
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("organisationId", organisationId);
        v.put("targetOrganisationId", targetOrganisationId);
        v.put("level", level);
        v.put("municipalityCode", municipalityCode);
        v.put("title", title);
        v.put("problem", problem);
        v.put("ask", ask);
        v.put("language", language);
        v.put("status", status);
        v.put("answer", answer);
        v.put("answerReason", answerReason);
        return v;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public long getTargetOrganisationId() { return targetOrganisationId; }
    public ProcessLevel getLevel() { return level; }
    public String getMunicipalityCode() { return municipalityCode; }
    public String getRegionCode() { return regionCode; }
    public String getHubCode() { return hubCode; }
    public String getTitle() { return title; }
    public String getProblem() { return problem; }
    public String getAsk() { return ask; }
    public String getLanguage() { return language; }
    public String getProposedByName() { return proposedByName; }
    public Instant getProposedAt() { return proposedAt; }
    public InitiativeStatus getStatus() { return status; }
    public InitiativeAnswer getAnswer() { return answer; }
    public String getAnswerReason() { return answerReason; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
}
