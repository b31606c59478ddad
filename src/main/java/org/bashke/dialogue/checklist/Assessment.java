package org.bashke.dialogue.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One side's view of one principle in one process; assessing again replaces it (the audit log keeps the earlier one). */
@Entity(name = "DialogueAssessment")
@Table(name = "dialogue_assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "process_id")
    private long processId;
    @Column(name = "principle_id")
    private long principleId;
    @Enumerated(EnumType.STRING)
    private Side side;
    @Column(name = "assessor_organisation_id")
    private long assessorOrganisationId;
    @Enumerated(EnumType.STRING)
    private Rating rating;
    private String note;
    @Column(name = "assessed_by")
    private String assessedBy;
    @Column(name = "assessed_at")
    private Instant assessedAt;

    protected Assessment() {
    }

    public Assessment(long processId, long principleId, Side side, long assessorOrganisationId) {
        this.processId = processId;
        this.principleId = principleId;
        this.side = side;
        this.assessorOrganisationId = assessorOrganisationId;
    }

    public void assess(Rating rating, String note, String by, Instant at) {
        this.rating = rating;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.assessedBy = by;
        this.assessedAt = at;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("processId", processId);
        v.put("principleId", principleId);
        v.put("side", side);
        v.put("assessorOrganisationId", assessorOrganisationId);
        v.put("rating", rating);
        v.put("note", note);
        return v;
    }

    public Long getId() { return id; }
    public long getProcessId() { return processId; }
    public long getPrincipleId() { return principleId; }
    public Side getSide() { return side; }
    public long getAssessorOrganisationId() { return assessorOrganisationId; }
    public Rating getRating() { return rating; }
    public String getNote() { return note; }
    public String getAssessedBy() { return assessedBy; }
    public Instant getAssessedAt() { return assessedAt; }
}
