package org.bashke.portal.web.admin;

import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.bashke.portal.events.EventDetails;
import org.bashke.portal.events.PortalEvent;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/** The event form; times are entered in Kosovo's zone (Europe/Belgrade). */
public class EventForm {

    private Long hubId;
    @Size(max = 300, message = "{portal.article.title.tooLong}") private String titleSq;
    @Size(max = 300, message = "{portal.article.title.tooLong}") private String titleSr;
    @Size(max = 300, message = "{portal.article.title.tooLong}") private String titleEn;
    @Size(max = 20000, message = "{portal.article.body.tooLong}") private String descriptionSq;
    @Size(max = 20000, message = "{portal.article.body.tooLong}") private String descriptionSr;
    @Size(max = 20000, message = "{portal.article.body.tooLong}") private String descriptionEn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) private LocalDateTime startsAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) private LocalDateTime endsAt;
    @Size(max = 300, message = "{portal.event.place.tooLong}") private String place;
    @Size(max = 500, message = "{portal.event.onlineUrl.invalid}") private String onlineUrl;
    private Integer capacity;

    static EventForm of(PortalEvent e) {
        EventForm f = new EventForm();
        f.hubId = e.getHubId();
        f.titleSq = e.getTitle().get(Language.SQ);
        f.titleSr = e.getTitle().get(Language.SR);
        f.titleEn = e.getTitle().get(Language.EN);
        if (e.getDescription() != null) {
            f.descriptionSq = e.getDescription().get(Language.SQ);
            f.descriptionSr = e.getDescription().get(Language.SR);
            f.descriptionEn = e.getDescription().get(Language.EN);
        }
        f.startsAt = e.getStartsLocal().toLocalDateTime();
        f.endsAt = e.getEndsLocal().toLocalDateTime();
        f.place = e.getPlace();
        f.onlineUrl = e.getOnlineUrl();
        f.capacity = e.getCapacity();
        return f;
    }

    EventDetails details() {
        return new EventDetails(hubId, LocalizedText.of(Language.SQ, titleSq, titleSr, titleEn),
                LocalizedText.of(Language.SQ, descriptionSq, descriptionSr, descriptionEn),
                startsAt == null ? null : startsAt.atZone(PortalEvent.ZONE).toInstant(),
                endsAt == null ? null : endsAt.atZone(PortalEvent.ZONE).toInstant(),
                blank(place), blank(onlineUrl), capacity);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getHubId() { return hubId; }
    public void setHubId(Long hubId) { this.hubId = hubId; }
    public String getTitleSq() { return titleSq; }
    public void setTitleSq(String v) { this.titleSq = v; }
    public String getTitleSr() { return titleSr; }
    public void setTitleSr(String v) { this.titleSr = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { this.titleEn = v; }
    public String getDescriptionSq() { return descriptionSq; }
    public void setDescriptionSq(String v) { this.descriptionSq = v; }
    public String getDescriptionSr() { return descriptionSr; }
    public void setDescriptionSr(String v) { this.descriptionSr = v; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String v) { this.descriptionEn = v; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime v) { this.startsAt = v; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime v) { this.endsAt = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { this.place = v; }
    public String getOnlineUrl() { return onlineUrl; }
    public void setOnlineUrl(String v) { this.onlineUrl = v; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer v) { this.capacity = v; }
}
