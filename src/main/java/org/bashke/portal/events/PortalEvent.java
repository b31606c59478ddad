package org.bashke.portal.events;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.shared.text.LocalizedText;

/** A hub or national event: a time, a place and/or an online link, and optionally a limited number of places. */
@Entity
@Table(name = "portal_event")
public class PortalEvent {

    /** Where the events happen: readers see times in Kosovo's zone whatever their browser says. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hub_id")
    private Long hubId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "title_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "title_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "title_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "title_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "title_en_status"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "description_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "description_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "description_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "description_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "description_en_status"))})
    private LocalizedText description;

    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private String place;
    @Column(name = "online_url")
    private String onlineUrl;
    private Integer capacity;
    private boolean published;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected PortalEvent() {
    }

    public PortalEvent(EventDetails d, String actor, Instant now) {
        this.createdAt = now;
        apply(d, actor, now);
    }

    public void apply(EventDetails d, String actor, Instant now) {
        this.hubId = d.hubId();
        this.title = d.title();
        // the columns' statuses are NOT NULL: "no description" is an empty text, not null
        this.description = d.description() == null ? LocalizedText.of(org.bashke.shared.text.Language.SQ, null, null, null) : d.description();
        this.startsAt = d.startsAt();
        this.endsAt = d.endsAt();
        this.place = d.place();
        this.onlineUrl = d.onlineUrl();
        this.capacity = d.capacity();
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public void publish(boolean published, String actor, Instant now) {
        this.published = published;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public EventDetails details() {
        return new EventDetails(hubId, title, description, startsAt, endsAt, place, onlineUrl, capacity);
    }

    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hubId", hubId);
        m.put("title", String.valueOf(title));
        m.put("description", String.valueOf(description));
        m.put("startsAt", startsAt);
        m.put("endsAt", endsAt);
        m.put("place", place);
        m.put("onlineUrl", onlineUrl);
        m.put("capacity", capacity);
        m.put("published", published);
        return m;
    }

    public boolean isPast(Instant now) {
        return endsAt.isBefore(now);
    }

    public ZonedDateTime getStartsLocal() { return startsAt.atZone(ZONE); }
    public ZonedDateTime getEndsLocal() { return endsAt.atZone(ZONE); }
    public Long getId() { return id; }
    public Long getHubId() { return hubId; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getDescription() { return description; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getPlace() { return place; }
    public String getOnlineUrl() { return onlineUrl; }
    public Integer getCapacity() { return capacity; }
    public boolean isPublished() { return published; }
    public Instant getUpdatedAt() { return updatedAt; }
}
