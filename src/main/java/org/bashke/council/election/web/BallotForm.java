package org.bashke.council.election.web;

import java.util.ArrayList;
import java.util.List;

/** An organisation's ballot: the candidate numbers chosen (none is a blank ballot). */
public class BallotForm {

    private Long organisationId;
    private List<Long> choices = new ArrayList<>();

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public List<Long> getChoices() { return choices; }
    public void setChoices(List<Long> choices) { this.choices = choices; }
}
