package org.bashke.council.election.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** A CSO's candidacy: for which organisation, whom, why, with which documents. */
public class CandidacyForm {

    private Long organisationId;
    private Long candidateAccountId;
    private String motivation;
    private List<MultipartFile> documents = new ArrayList<>();

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Long getCandidateAccountId() { return candidateAccountId; }
    public void setCandidateAccountId(Long candidateAccountId) { this.candidateAccountId = candidateAccountId; }
    public String getMotivation() { return motivation; }
    public void setMotivation(String motivation) { this.motivation = motivation; }
    public List<MultipartFile> getDocuments() { return documents; }
    public void setDocuments(List<MultipartFile> documents) { this.documents = documents; }
}
