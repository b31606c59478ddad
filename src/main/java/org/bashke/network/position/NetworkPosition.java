package org.bashke.network.position;

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

/**
 * A position CiviKos takes: drafted, sent to the member organisations for comment with a deadline, revised in
 * versions, and adopted by the body its rules name. Only an adopted position is public, and its adopted version
 * never changes. The rules are in {@link PositionPolicy}; this class keeps the state.
 */
@Entity(name = "NetworkPosition")
@Table(name = "network_position")
public class NetworkPosition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    private SubjectKind subjectKind;
    @Column(name = "consultation_id")
    private Long consultationId;
    @Column(name = "council_agenda_item_id")
    private Long councilAgendaItemId;
    @Enumerated(EnumType.STRING)
    @Column(name = "required_body")
    private AdoptingBody requiredBody;
    @Enumerated(EnumType.STRING)
    private PositionStatus status;
    @Column(name = "consultation_deadline")
    private LocalDate consultationDeadline;
    @Enumerated(EnumType.STRING)
    @Column(name = "adopted_by_body")
    private AdoptingBody adoptedByBody;
    @Column(name = "adoption_reference")
    private String adoptionReference;
    @Column(name = "adopted_on")
    private LocalDate adoptedOn;
    @Column(name = "adopted_version")
    private Integer adoptedVersion;
    @Column(name = "submitted_comment_id")
    private Long submittedCommentId;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected NetworkPosition() {
    }

    public NetworkPosition(SubjectKind subjectKind, Long consultationId, Long councilAgendaItemId, AdoptingBody requiredBody,
                           long createdBy, Instant now) {
        this.subjectKind = subjectKind;
        this.consultationId = consultationId;
        this.councilAgendaItemId = councilAgendaItemId;
        this.requiredBody = requiredBody;
        this.status = PositionStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sends the current text to the member organisations until {@code deadline} (on or after {@code today}). */
    public void openMemberConsultation(LocalDate deadline, LocalDate today, Instant now) {
        PositionPolicy.mustOpenConsultation(status, deadline, today);
        this.status = PositionStatus.MEMBER_CONSULTATION;
        this.consultationDeadline = deadline;
        this.updatedAt = now;
    }

    void revised(Instant now) {
        PositionPolicy.mustBeRevisable(status);
        this.updatedAt = now;
    }

    /** Records the adoption of {@code latest} by {@code body} at the meeting or decision {@code reference}. */
    public void adopt(AdoptingBody body, String reference, LocalDate on, PositionVersion latest, LocalDate today, Instant now) {
        PositionPolicy.mustAdopt(new PositionPolicy.Adoption(status, requiredBody, body, reference, on, consultationDeadline, today));
        latest.adopt();
        this.status = PositionStatus.ADOPTED;
        this.adoptedByBody = body;
        this.adoptionReference = reference.strip();
        this.adoptedOn = on;
        this.adoptedVersion = latest.getNumber();
        this.updatedAt = now;
    }

    public void submittedAsComment(long commentId, Instant now) {
        this.submittedCommentId = commentId;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    public boolean isPublic() {
        return PositionPolicy.isPublic(status, adoptedByBody, requiredBody);
    }

    public boolean acceptsMemberComments(LocalDate today) {
        return status == PositionStatus.MEMBER_CONSULTATION && consultationDeadline != null && !today.isAfter(consultationDeadline);
    }

    public Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subjectKind", subjectKind);
        m.put("consultationId", consultationId);
        m.put("councilAgendaItemId", councilAgendaItemId);
        m.put("requiredBody", requiredBody);
        m.put("status", status);
        m.put("consultationDeadline", consultationDeadline);
        m.put("adoptedByBody", adoptedByBody);
        m.put("adoptionReference", adoptionReference);
        m.put("adoptedOn", adoptedOn);
        m.put("adoptedVersion", adoptedVersion);
        m.put("submittedCommentId", submittedCommentId);
        return m;
    }

    public Long getId() {
        return id;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public Long getCouncilAgendaItemId() {
        return councilAgendaItemId;
    }

    public AdoptingBody getRequiredBody() {
        return requiredBody;
    }

    public PositionStatus getStatus() {
        return status;
    }

    public LocalDate getConsultationDeadline() {
        return consultationDeadline;
    }

    public AdoptingBody getAdoptedByBody() {
        return adoptedByBody;
    }

    public String getAdoptionReference() {
        return adoptionReference;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public Integer getAdoptedVersion() {
        return adoptedVersion;
    }

    public Long getSubmittedCommentId() {
        return submittedCommentId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
