package org.bashke.council.meeting.web.admin;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.bashke.council.meeting.DecisionDetails;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/** A decision on an agenda item; the vote tally only when {@code voted}. */
public class DecisionForm {

    @NotNull(message = "{council-meeting.decision.item.unknown}") private Long agendaItemId;
    @Size(max = 10000, message = "{council-meeting.decision.text.tooLong}") private String textSq;
    @Size(max = 10000, message = "{council-meeting.decision.text.tooLong}") private String textSr;
    @Size(max = 10000, message = "{council-meeting.decision.text.tooLong}") private String textEn;
    private Long responsibleOrganisationId;
    @Size(max = 300, message = "{council-meeting.decision.responsible.tooLong}") private String responsible;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate deadline;
    private boolean voted;
    @Min(value = 0, message = "{council-meeting.decision.votes.negative}") private Integer votesFor;
    @Min(value = 0, message = "{council-meeting.decision.votes.negative}") private Integer votesAgainst;
    @Min(value = 0, message = "{council-meeting.decision.votes.negative}") private Integer votesAbstain;

    DecisionDetails details() {
        DecisionDetails.Votes votes = voted ? new DecisionDetails.Votes(nz(votesFor), nz(votesAgainst), nz(votesAbstain)) : null;
        return new DecisionDetails(agendaItemId == null ? -1 : agendaItemId, LocalizedText.of(Language.SQ, textSq, textSr, textEn),
                responsibleOrganisationId, Forms.blank(responsible), deadline, votes);
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }

    public Long getAgendaItemId() { return agendaItemId; }
    public void setAgendaItemId(Long v) { this.agendaItemId = v; }
    public String getTextSq() { return textSq; }
    public void setTextSq(String v) { this.textSq = v; }
    public String getTextSr() { return textSr; }
    public void setTextSr(String v) { this.textSr = v; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String v) { this.textEn = v; }
    public Long getResponsibleOrganisationId() { return responsibleOrganisationId; }
    public void setResponsibleOrganisationId(Long v) { this.responsibleOrganisationId = v; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String v) { this.responsible = v; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate v) { this.deadline = v; }
    public boolean isVoted() { return voted; }
    public void setVoted(boolean v) { this.voted = v; }
    public Integer getVotesFor() { return votesFor; }
    public void setVotesFor(Integer v) { this.votesFor = v; }
    public Integer getVotesAgainst() { return votesAgainst; }
    public void setVotesAgainst(Integer v) { this.votesAgainst = v; }
    public Integer getVotesAbstain() { return votesAbstain; }
    public void setVotesAbstain(Integer v) { this.votesAbstain = v; }
}
