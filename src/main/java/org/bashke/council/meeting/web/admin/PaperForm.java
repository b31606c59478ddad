package org.bashke.council.meeting.web.admin;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** A new paper (or, with only {@code file}, a new version of one). */
public class PaperForm {

    @Size(max = 300, message = "{council-meeting.paper.title.tooLong}") private String title;
    private Long agendaItemId;
    private boolean restricted;
    private MultipartFile file;

    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public Long getAgendaItemId() { return agendaItemId; }
    public void setAgendaItemId(Long v) { this.agendaItemId = v; }
    public boolean isRestricted() { return restricted; }
    public void setRestricted(boolean v) { this.restricted = v; }
    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile v) { this.file = v; }
}
