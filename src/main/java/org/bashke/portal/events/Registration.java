package org.bashke.portal.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's place at an event, or their place in its waiting list. */
@Entity
@Table(name = "portal_event_registration")
public class Registration {

    public enum Status { CONFIRMED, WAITING, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private long eventId;
    @Column(name = "account_id")
    private long accountId;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "registered_at")
    private Instant registeredAt;

    protected Registration() {
    }

    Registration(long eventId, long accountId, Status status, Instant at) {
        this.eventId = eventId;
        this.accountId = accountId;
        this.status = status;
        this.registeredAt = at;
    }

    /** Registering again after cancelling joins the end of the queue, like anyone new. */
    void renew(Status status, Instant at) {
        this.status = status;
        this.registeredAt = at;
    }

    void cancel() {
        this.status = Status.CANCELLED;
    }

    void confirm() {
        this.status = Status.CONFIRMED;
    }

    public Long getId() { return id; }
    public long getEventId() { return eventId; }
    public long getAccountId() { return accountId; }
    public Status getStatus() { return status; }
    public Instant getRegisteredAt() { return registeredAt; }
}
