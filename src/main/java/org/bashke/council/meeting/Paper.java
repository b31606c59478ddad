package org.bashke.council.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A meeting paper; its content is in versions ({@link PaperVersion}), the newest being the current one. */
@Entity(name = "CouncilPaper")
@Table(name = "council_paper")
public class Paper {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_id")
    private long meetingId;
    @Column(name = "agenda_item_id")
    private Long agendaItemId;
    private String title;
    /** Members only until the meeting is held (see {@link PaperAccess}). */
    private boolean restricted;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Paper() {
    }

    public Paper(long meetingId, Long agendaItemId, String title, boolean restricted, Instant now) {
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.title = title;
        this.restricted = restricted;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getMeetingId() { return meetingId; }
    public Long getAgendaItemId() { return agendaItemId; }
    public String getTitle() { return title; }
    public boolean isRestricted() { return restricted; }
    public Instant getCreatedAt() { return createdAt; }
}
