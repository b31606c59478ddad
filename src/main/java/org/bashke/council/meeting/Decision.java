package org.bashke.council.meeting;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.council.DecisionSummary;
import org.bashke.shared.text.LocalizedText;

/** A decision a body adopted on an agenda item. Once adopted it is a public record and is not edited. */
@Entity(name = "CouncilDecision")
@Table(name = "council_decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "body_id")
    private long bodyId;
    @Column(name = "meeting_id")
    private long meetingId;
    @Column(name = "agenda_item_id")
    private long agendaItemId;
    private String number;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "text_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "text_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "text_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "text_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "text_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "text_en_status"))})
    private LocalizedText text;
    @Column(name = "responsible_organisation_id")
    private Long responsibleOrganisationId;
    private String responsible;
    private LocalDate deadline;
    @Column(name = "votes_for")
    private Integer votesFor;
    @Column(name = "votes_against")
    private Integer votesAgainst;
    @Column(name = "votes_abstain")
    private Integer votesAbstain;
    @Column(name = "adopted_on")
    private LocalDate adoptedOn;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected Decision() {
    }

    public Decision(Meeting meeting, AgendaItem item, String number, DecisionDetails d, String actor, Instant now) {
        this.bodyId = meeting.getBodyId();
        this.meetingId = meeting.getId();
        this.agendaItemId = item.getId();
        this.number = number;
        this.text = d.text();
        this.responsibleOrganisationId = d.responsibleOrganisationId();
        this.responsible = d.responsible();
        this.deadline = d.deadline();
        this.votesFor = d.votes() == null ? null : d.votes().inFavour();
        this.votesAgainst = d.votes() == null ? null : d.votes().against();
        this.votesAbstain = d.votes() == null ? null : d.votes().abstaining();
        this.adoptedOn = meeting.getDate();
        this.createdAt = now;
        this.createdBy = actor;
    }

    public String url() {
        return "/council/decisions/" + id;
    }

    public DecisionSummary summary() {
        return new DecisionSummary(id, bodyId, meetingId, number, text, responsibleOrganisationId, responsible, deadline,
                adoptedOn, url());
    }

    public boolean isVoted() {
        return votesFor != null;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bodyId", bodyId);
        m.put("meetingId", meetingId);
        m.put("agendaItemId", agendaItemId);
        m.put("number", number);
        m.put("text", String.valueOf(text));
        m.put("responsibleOrganisationId", responsibleOrganisationId);
        m.put("responsible", responsible);
        m.put("deadline", deadline);
        m.put("votes", isVoted() ? votesFor + "/" + votesAgainst + "/" + votesAbstain : null);
        return m;
    }

    public Long getId() { return id; }
    public long getBodyId() { return bodyId; }
    public long getMeetingId() { return meetingId; }
    public long getAgendaItemId() { return agendaItemId; }
    public String getNumber() { return number; }
    public LocalizedText getText() { return text; }
    public Long getResponsibleOrganisationId() { return responsibleOrganisationId; }
    public String getResponsible() { return responsible; }
    public LocalDate getDeadline() { return deadline; }
    public Integer getVotesFor() { return votesFor; }
    public Integer getVotesAgainst() { return votesAgainst; }
    public Integer getVotesAbstain() { return votesAbstain; }
    public LocalDate getAdoptedOn() { return adoptedOn; }
}
