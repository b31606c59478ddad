package org.bashke.network.member;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An organisation's application to join CiviKos: the secretariat checks it is complete (or asks for
 * changes), and the Board decides at one of its meetings; a refusal always carries its reason.
 */
@Entity(name = "NetworkMembershipApplication")
@Table(name = "network_application")
public class MembershipApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "applicant_account_id")
    private long applicantAccountId;
    @Column(name = "region_code")
    private String regionCode;
    private String areas;
    @Column(name = "statute_file_id")
    private long statuteFileId;
    @Column(name = "registration_file_id")
    private long registrationFileId;
    @Column(name = "code_version_id")
    private Long codeVersionId;
    @Column(name = "code_accepted_at")
    private Instant codeAcceptedAt;
    private String motivation;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    @Column(name = "secretariat_note")
    private String secretariatNote;
    @Column(name = "board_meeting_id")
    private Long boardMeetingId;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "votes_for")
    private Integer votesFor;
    @Column(name = "votes_against")
    private Integer votesAgainst;
    @Column(name = "votes_abstaining")
    private Integer votesAbstaining;
    @Column(name = "refusal_reason")
    private String refusalReason;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected MembershipApplication() {
    }

    public MembershipApplication(long organisationId, long applicantAccountId, String regionCode, Set<MemberArea> areas,
                                 long statuteFileId, long registrationFileId, Long codeVersionId, String motivation,
                                 Instant now) {
        this.organisationId = organisationId;
        this.applicantAccountId = applicantAccountId;
        this.regionCode = regionCode;
        this.areas = MemberArea.format(areas);
        this.statuteFileId = statuteFileId;
        this.registrationFileId = registrationFileId;
        this.codeVersionId = codeVersionId;
        this.codeAcceptedAt = now;
        this.motivation = motivation == null || motivation.isBlank() ? null : motivation.strip();
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** The applicant answers a request for changes: new documents or data, and it goes back to the secretariat. */
    public void resubmit(String regionCode, Set<MemberArea> areas, Long statuteFileId, Long registrationFileId,
                         String motivation, Long codeVersionId, Instant now) {
        if (status != ApplicationStatus.CHANGES_REQUESTED) {
            throw new MembershipRuleBroken("network-member.rule.application.notWithApplicant");
        }
        this.regionCode = regionCode;
        this.areas = MemberArea.format(areas);
        if (statuteFileId != null) {
            this.statuteFileId = statuteFileId;
        }
        if (registrationFileId != null) {
            this.registrationFileId = registrationFileId;
        }
        this.motivation = motivation == null || motivation.isBlank() ? null : motivation.strip();
        this.codeVersionId = codeVersionId;
        this.codeAcceptedAt = now;
        this.status = ApplicationStatus.SUBMITTED;
        this.updatedAt = now;
    }

    public void markComplete(String note, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED, ApplicationStatus.CHANGES_REQUESTED);
        this.status = ApplicationStatus.COMPLETE;
        this.secretariatNote = note == null || note.isBlank() ? null : note.strip();
        this.updatedAt = now;
    }

    public void askForChanges(String note, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED, ApplicationStatus.COMPLETE);
        if (note == null || note.isBlank()) {
            throw new MembershipRuleBroken("note", "network-member.rule.application.changesNote");
        }
        this.status = ApplicationStatus.CHANGES_REQUESTED;
        this.secretariatNote = note.strip();
        this.updatedAt = now;
    }

    /** The Board's decision, taken at {@code meetingId} on {@code decidedOn}; refusing needs a reason. */
    public void decide(boolean approved, long meetingId, LocalDate decidedOn, Integer votesFor, Integer votesAgainst,
                       Integer votesAbstaining, String reason, Instant now) {
        if (status != ApplicationStatus.COMPLETE) {
            throw new MembershipRuleBroken("network-member.rule.application.notComplete");
        }
        if (!approved && (reason == null || reason.isBlank())) {
            throw new MembershipRuleBroken("reason", "network-member.rule.application.reasonRequired");
        }
        this.status = approved ? ApplicationStatus.APPROVED : ApplicationStatus.REFUSED;
        this.boardMeetingId = meetingId;
        this.decidedOn = decidedOn;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.votesAbstaining = votesAbstaining;
        this.refusalReason = approved ? null : reason.strip();
        this.updatedAt = now;
    }

    private void requireStatus(ApplicationStatus... allowed) {
        for (ApplicationStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new MembershipRuleBroken("network-member.rule.application.status");
    }

    public Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisationId", organisationId);
        m.put("status", status.name());
        m.put("regionCode", regionCode);
        m.put("areas", areas);
        m.put("statuteFileId", statuteFileId);
        m.put("registrationFileId", registrationFileId);
        m.put("codeVersionId", codeVersionId);
        m.put("note", secretariatNote);
        m.put("boardMeetingId", boardMeetingId);
        m.put("decidedOn", decidedOn == null ? null : decidedOn.toString());
        m.put("votes", votesFor == null ? null : votesFor + "/" + votesAgainst + "/" + votesAbstaining);
        m.put("refusalReason", refusalReason);
        return m;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public long getApplicantAccountId() { return applicantAccountId; }
    public String getRegionCode() { return regionCode; }
    public Set<MemberArea> getAreas() { return MemberArea.parse(areas); }
    public long getStatuteFileId() { return statuteFileId; }
    public long getRegistrationFileId() { return registrationFileId; }
    public Long getCodeVersionId() { return codeVersionId; }
    public Instant getCodeAcceptedAt() { return codeAcceptedAt; }
    public LocalDate getCodeAcceptedOn() { return LocalDate.ofInstant(codeAcceptedAt, java.time.ZoneId.of("Europe/Belgrade")); }
    public String getMotivation() { return motivation; }
    public ApplicationStatus getStatus() { return status; }
    public String getSecretariatNote() { return secretariatNote; }
    public Long getBoardMeetingId() { return boardMeetingId; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public Integer getVotesFor() { return votesFor; }
    public Integer getVotesAgainst() { return votesAgainst; }
    public Integer getVotesAbstaining() { return votesAbstaining; }
    public String getRefusalReason() { return refusalReason; }
    public Instant getSubmittedAt() { return submittedAt; }
    public LocalDate getSubmittedOn() { return LocalDate.ofInstant(submittedAt, java.time.ZoneId.of("Europe/Belgrade")); }
}
