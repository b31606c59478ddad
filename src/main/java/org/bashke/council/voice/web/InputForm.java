package org.bashke.council.voice.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** A CSO's input on one item of a call: for which organisation, the text, files, public or not. */
public class InputForm {

    private Long callItemId;
    private Long organisationId;
    private String body;
    private boolean publicInput = true;
    private List<MultipartFile> files = new ArrayList<>();

    public Long getCallItemId() { return callItemId; }
    public void setCallItemId(Long callItemId) { this.callItemId = callItemId; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isPublicInput() { return publicInput; }
    public void setPublicInput(boolean publicInput) { this.publicInput = publicInput; }
    public List<MultipartFile> getFiles() { return files; }
    public void setFiles(List<MultipartFile> files) { this.files = files; }
}
