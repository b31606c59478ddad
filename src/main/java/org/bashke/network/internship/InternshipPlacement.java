package org.bashke.network.internship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An intern placed with a host and a mentor: the learning plan, the period, and at the end an evaluation by
 * the mentor and one by the intern. The certificate can be had once both have evaluated.
 */
@Entity(name = "InternshipPlacement")
@Table(name = "network_internship_placement")
public class InternshipPlacement {

    public enum Role { MENTOR, INTERN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "call_id")
    private long callId;
    @Column(name = "intern_account_id")
    private long internAccountId;
    @Column(name = "mentor_account_id")
    private long mentorAccountId;
    @Column(name = "host_organisation_id")
    private Long hostOrganisationId;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "learning_plan")
    private String learningPlan;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "mentor_rating")
    private Integer mentorRating;
    @Column(name = "mentor_evaluation")
    private String mentorEvaluation;
    @Column(name = "intern_rating")
    private Integer internRating;
    @Column(name = "intern_evaluation")
    private String internEvaluation;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected InternshipPlacement() {
    }

    public InternshipPlacement(InternshipCall call, long internAccountId, long mentorAccountId, String learningPlan,
                               LocalDate startsOn, LocalDate endsOn, String createdBy, Instant now) {
        if (internAccountId == mentorAccountId) {
            throw new InternshipRuleBroken("network.internship.rule.mentorIsIntern", "mentorEmail");
        }
        if (learningPlan == null || learningPlan.isBlank()) {
            throw new InternshipRuleBroken("network.internship.rule.learningPlan", "learningPlan");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new InternshipRuleBroken("network.internship.rule.period", "endsOn");
        }
        this.callId = call.getId();
        this.hostOrganisationId = call.getHostOrganisationId();
        this.regionCode = call.getRegionCode();
        this.internAccountId = internAccountId;
        this.mentorAccountId = mentorAccountId;
        this.learningPlan = learningPlan.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The part a person plays in this placement, or null when they have none. */
    public Role roleOf(Long accountId) {
        if (accountId == null) {
            return null;
        }
        if (accountId == mentorAccountId) {
            return Role.MENTOR;
        }
        return accountId == internAccountId ? Role.INTERN : null;
    }

    /** Each side evaluates once, with a rating of 1 to 5 and words. */
    public void evaluate(Role by, int rating, String text) {
        if (rating < 1 || rating > 5) {
            throw new InternshipRuleBroken("network.internship.rule.rating", "rating");
        }
        if (text == null || text.isBlank()) {
            throw new InternshipRuleBroken("network.internship.rule.evaluation", "text");
        }
        if (by == Role.MENTOR) {
            if (mentorEvaluation != null) {
                throw new InternshipRuleBroken("network.internship.rule.evaluated");
            }
            mentorRating = rating;
            mentorEvaluation = text.strip();
        } else {
            if (internEvaluation != null) {
                throw new InternshipRuleBroken("network.internship.rule.evaluated");
            }
            internRating = rating;
            internEvaluation = text.strip();
        }
    }

    /** The certificate is issued once the mentor and the intern have both evaluated the placement. */
    public boolean certificateReady() {
        return mentorEvaluation != null && internEvaluation != null;
    }

    public Map<String, Object> audit() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("callId", callId);
        v.put("internAccountId", internAccountId);
        v.put("mentorAccountId", mentorAccountId);
        v.put("startsOn", String.valueOf(startsOn));
        v.put("endsOn", String.valueOf(endsOn));
        v.put("mentorRating", mentorRating);
        v.put("internRating", internRating);
        return v;
    }

    public Long getId() { return id; }
    public long getCallId() { return callId; }
    public long getInternAccountId() { return internAccountId; }
    public long getMentorAccountId() { return mentorAccountId; }
    public Long getHostOrganisationId() { return hostOrganisationId; }
    public String getRegionCode() { return regionCode; }
    public String getLearningPlan() { return learningPlan; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public Integer getMentorRating() { return mentorRating; }
    public String getMentorEvaluation() { return mentorEvaluation; }
    public Integer getInternRating() { return internRating; }
    public String getInternEvaluation() { return internEvaluation; }
}
