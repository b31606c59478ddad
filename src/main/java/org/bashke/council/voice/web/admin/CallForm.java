package org.bashke.council.voice.web.admin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bashke.council.voice.Audience;
import org.springframework.format.annotation.DateTimeFormat;

/** Opening a call: which meeting and items, title and description in sq / sr / en, audience, deadline. */
public class CallForm {

    private Long meetingId;
    private Set<Long> agendaItemIds = new LinkedHashSet<>();
    private String titleSq;
    private String titleSr;
    private String titleEn;
    private String descriptionSq;
    private String descriptionSr;
    private String descriptionEn;
    private Audience audience = Audience.PUBLIC;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadlineDate;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime deadlineTime = LocalTime.of(16, 0);

    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public Set<Long> getAgendaItemIds() { return agendaItemIds; }
    public void setAgendaItemIds(Set<Long> agendaItemIds) { this.agendaItemIds = agendaItemIds; }
    public String getTitleSq() { return titleSq; }
    public void setTitleSq(String titleSq) { this.titleSq = titleSq; }
    public String getTitleSr() { return titleSr; }
    public void setTitleSr(String titleSr) { this.titleSr = titleSr; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getDescriptionSq() { return descriptionSq; }
    public void setDescriptionSq(String descriptionSq) { this.descriptionSq = descriptionSq; }
    public String getDescriptionSr() { return descriptionSr; }
    public void setDescriptionSr(String descriptionSr) { this.descriptionSr = descriptionSr; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public LocalDate getDeadlineDate() { return deadlineDate; }
    public void setDeadlineDate(LocalDate deadlineDate) { this.deadlineDate = deadlineDate; }
    public LocalTime getDeadlineTime() { return deadlineTime; }
    public void setDeadlineTime(LocalTime deadlineTime) { this.deadlineTime = deadlineTime; }
}
