package org.bashke.council.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.files.FileRejected;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Meeting papers and their versions; the bytes are kept by the files module. */
@Component
public class KeepPapers {

    private final Meetings meetings;
    private final AgendaItems items;
    private final Papers papers;
    private final PaperVersions versions;
    private final FileStore files;
    private final MeetingRights rights;
    private final AuditLog audit;
    private final Clock clock;

    KeepPapers(Meetings meetings, AgendaItems items, Papers papers, PaperVersions versions, FileStore files,
               MeetingRights rights, AuditLog audit, Optional<Clock> clock) {
        this.meetings = meetings;
        this.items = items;
        this.papers = papers;
        this.versions = versions;
        this.files = files;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public List<Problem> add(long meetingId, Long agendaItemId, String title, boolean restricted, MultipartFile upload) {
        Meeting m = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        rights.requireManage(m.getBodyId());
        if (title == null || title.isBlank()) {
            return List.of(new Problem("title", "council-meeting.paper.title.required"));
        }
        if (agendaItemId != null && items.findById(agendaItemId).filter(i -> i.getMeetingId() == meetingId).isEmpty()) {
            return List.of(new Problem("agendaItemId", "council-meeting.paper.item.unknown"));
        }
        if (upload == null || upload.isEmpty()) {
            return List.of(new Problem("file", "files.rejected.empty"));
        }
        StoredFile stored;
        try {
            stored = files.store("council", upload);
        } catch (FileRejected e) {
            return List.of(new Problem("file", e.messageKey()));
        }
        Paper paper = papers.saveAndFlush(new Paper(meetingId, agendaItemId, title.strip(), restricted, clock.instant()));
        PaperVersion v = versions.saveAndFlush(new PaperVersion(paper.getId(), 1, stored.id(), rights.actor(), clock.instant()));
        audit.record("council.paper.added", "paper", paper.getId(), null, Map.of("meetingId", meetingId, "title",
                paper.getTitle(), "restricted", restricted, "fileId", v.getFileId(), "version", 1));
        return List.of();
    }

    @Transactional
    public List<Problem> addVersion(long paperId, MultipartFile upload) {
        Paper paper = papers.findById(paperId).orElseThrow(() -> new NotFoundException("paper", paperId));
        Meeting m = meetings.findById(paper.getMeetingId()).orElseThrow();
        rights.requireManage(m.getBodyId());
        if (upload == null || upload.isEmpty()) {
            return List.of(new Problem("file", "files.rejected.empty"));
        }
        StoredFile stored;
        try {
            stored = files.store("council", upload);
        } catch (FileRejected e) {
            return List.of(new Problem("file", e.messageKey()));
        }
        int number = versions.findFirstByPaperIdOrderByNumberDesc(paperId).map(PaperVersion::getNumber).orElse(0) + 1;
        versions.saveAndFlush(new PaperVersion(paperId, number, stored.id(), rights.actor(), clock.instant()));
        audit.record("council.paper.versionAdded", "paper", paperId, null, Map.of("fileId", stored.id(), "version", number));
        return List.of();
    }
}
