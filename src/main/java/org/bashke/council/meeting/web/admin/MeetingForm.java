package org.bashke.council.meeting.web.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.bashke.council.meeting.Meeting;
import org.bashke.council.meeting.MeetingDetails;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/** Scheduling a meeting; times are entered in Kosovo's zone. */
public class MeetingForm {

    @NotNull(message = "{council-meeting.body.required}") private Long bodyId;
    @Size(max = 300, message = "{council-meeting.title.tooLong}") private String titleSq;
    @Size(max = 300, message = "{council-meeting.title.tooLong}") private String titleSr;
    @Size(max = 300, message = "{council-meeting.title.tooLong}") private String titleEn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) private LocalDateTime startsAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) private LocalDateTime endsAt;
    @Size(max = 300, message = "{council-meeting.place.tooLong}") private String place;
    @Size(max = 500, message = "{council-meeting.onlineUrl.invalid}") private String onlineUrl;
    private String municipalityCode;

    static MeetingForm of(Meeting m) {
        MeetingForm f = new MeetingForm();
        f.bodyId = m.getBodyId();
        f.titleSq = m.getTitle().get(Language.SQ);
        f.titleSr = m.getTitle().get(Language.SR);
        f.titleEn = m.getTitle().get(Language.EN);
        f.startsAt = m.getStartsLocal().toLocalDateTime();
        f.endsAt = m.getEndsLocal().toLocalDateTime();
        f.place = m.getPlace();
        f.onlineUrl = m.getOnlineUrl();
        f.municipalityCode = m.getMunicipalityCode();
        return f;
    }

    MeetingDetails details() {
        return new MeetingDetails(LocalizedText.of(Language.SQ, titleSq, titleSr, titleEn),
                startsAt == null ? null : startsAt.atZone(Meeting.ZONE).toInstant(),
                endsAt == null ? null : endsAt.atZone(Meeting.ZONE).toInstant(),
                Forms.blank(place), Forms.blank(onlineUrl), Forms.blank(municipalityCode));
    }

    public Long getBodyId() { return bodyId; }
    public void setBodyId(Long v) { this.bodyId = v; }
    public String getTitleSq() { return titleSq; }
    public void setTitleSq(String v) { this.titleSq = v; }
    public String getTitleSr() { return titleSr; }
    public void setTitleSr(String v) { this.titleSr = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { this.titleEn = v; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime v) { this.startsAt = v; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime v) { this.endsAt = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { this.place = v; }
    public String getOnlineUrl() { return onlineUrl; }
    public void setOnlineUrl(String v) { this.onlineUrl = v; }
    public String getMunicipalityCode() { return municipalityCode; }
    public void setMunicipalityCode(String v) { this.municipalityCode = v; }
}
