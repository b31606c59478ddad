package org.bashke.network.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The membership application as the representative fills it in. */
public class MembershipApplyForm {

    private Long organisationId;
    private String regionCode;
    private List<String> areas = new ArrayList<>();
    private MultipartFile statute;
    private MultipartFile registration;
    private boolean acceptsCode;
    private String motivation;

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public List<String> getAreas() { return areas; }
    public void setAreas(List<String> areas) { this.areas = areas == null ? new ArrayList<>() : areas; }
    public MultipartFile getStatute() { return statute; }
    public void setStatute(MultipartFile statute) { this.statute = statute; }
    public MultipartFile getRegistration() { return registration; }
    public void setRegistration(MultipartFile registration) { this.registration = registration; }
    public boolean isAcceptsCode() { return acceptsCode; }
    public void setAcceptsCode(boolean acceptsCode) { this.acceptsCode = acceptsCode; }
    public String getMotivation() { return motivation; }
    public void setMotivation(String motivation) { this.motivation = motivation; }
}
