package org.bashke.consultation.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A meeting held within a consultation (a public hearing, a round table) and how many took part. */
@Entity
@Table(name = "consultation_meeting")
public class ConsultationMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "consultation_id")
    private long consultationId;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private String place;
    private int participants;
    private int organisations;
    private String summary;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ConsultationMeeting() {
    }

    ConsultationMeeting(long consultationId, LocalDate heldOn, String place, int participants, int organisations,
                        String summary, Instant now) {
        this.consultationId = consultationId;
        this.heldOn = heldOn;
        this.place = place;
        this.participants = participants;
        this.organisations = organisations;
        this.summary = summary;
        this.createdAt = now;
    }

    Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("consultationId", consultationId);
        v.put("heldOn", heldOn);
        v.put("place", place);
        v.put("participants", participants);
        v.put("organisations", organisations);
        v.put("summary", summary);
        return v;
    }

    public Long getId() { return id; }
    public long getConsultationId() { return consultationId; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getPlace() { return place; }
    public int getParticipants() { return participants; }
    public int getOrganisations() { return organisations; }
    public String getSummary() { return summary; }
}
