package org.bashke.network.internship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A monthly check-in note on a placement, by its mentor or its intern. */
@Entity(name = "InternshipCheckIn")
@Table(name = "network_internship_checkin")
public class InternshipCheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "placement_id")
    private long placementId;
    private LocalDate month;
    @Column(name = "author_account_id")
    private long authorAccountId;
    @Enumerated(EnumType.STRING)
    @Column(name = "author_role")
    private InternshipPlacement.Role authorRole;
    private String note;
    @Column(name = "written_at")
    private Instant writtenAt;

    protected InternshipCheckIn() {
    }

    public InternshipCheckIn(long placementId, LocalDate month, long authorAccountId, InternshipPlacement.Role authorRole,
                             String note, Instant now) {
        if (note == null || note.isBlank()) {
            throw new InternshipRuleBroken("network.internship.rule.note", "note");
        }
        this.placementId = placementId;
        this.month = month.withDayOfMonth(1);
        this.authorAccountId = authorAccountId;
        this.authorRole = authorRole;
        this.note = note.strip();
        this.writtenAt = now;
    }

    public Long getId() { return id; }
    public long getPlacementId() { return placementId; }
    public LocalDate getMonth() { return month; }
    public long getAuthorAccountId() { return authorAccountId; }
    public InternshipPlacement.Role getAuthorRole() { return authorRole; }
    public String getNote() { return note; }
    public Instant getWrittenAt() { return writtenAt; }
}
