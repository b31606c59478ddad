package org.bashke.council.meeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bashke.council.BodySummary;
import org.bashke.council.body.Membership;
import org.bashke.directory.Directory;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.directory.OrganisationSummary;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the meeting pages, public and back office: what a reader may see, with names resolved. */
@Component
@Transactional(readOnly = true)
public class MeetingPages {

    private final Meetings meetings;
    private final AgendaItems items;
    private final Papers papers;
    private final PaperVersions versions;
    private final Decisions decisions;
    private final MinutesVersions minutes;
    private final MinutesComments comments;
    private final Invitations invitations;
    private final Membership membership;
    private final Directory directory;
    private final Accounts accounts;
    private final FileStore files;
    private final MeetingRights rights;

    MeetingPages(Meetings meetings, AgendaItems items, Papers papers, PaperVersions versions, Decisions decisions,
                 MinutesVersions minutes, MinutesComments comments, Invitations invitations, Membership membership,
                 Directory directory, Accounts accounts, FileStore files, MeetingRights rights) {
        this.meetings = meetings;
        this.items = items;
        this.papers = papers;
        this.versions = versions;
        this.decisions = decisions;
        this.minutes = minutes;
        this.comments = comments;
        this.invitations = invitations;
        this.membership = membership;
        this.directory = directory;
        this.accounts = accounts;
        this.files = files;
        this.rights = rights;
    }

    /** A paper as listed: its versions newest first, each with its stored file. */
    public record PaperView(Paper paper, List<VersionView> versions) {
        public VersionView current() {
            return versions.isEmpty() ? null : versions.get(0);
        }
    }

    public record VersionView(PaperVersion version, StoredFile file) {
    }

    public Optional<Meeting> meeting(long id) {
        return meetings.findById(id);
    }

    public Map<Long, BodySummary> bodiesById() {
        Map<Long, BodySummary> m = new LinkedHashMap<>();
        membership.bodies().forEach(b -> m.put(b.id(), b));
        return m;
    }

    public List<BodySummary> managedBodies() {
        return membership.bodies().stream().filter(b -> rights.mayManage(b.id())).toList();
    }

    public List<Meeting> meetingsOf(Long bodyId, int limit) {
        if (bodyId != null) {
            return meetings.findByBodyIdOrderByStartsAtDesc(bodyId).stream().limit(limit).toList();
        }
        return meetings.findAllByOrderByStartsAtDesc(org.springframework.data.domain.PageRequest.of(0, limit));
    }

    public List<Meeting> meetingsOfBodies(Collection<Long> bodyIds) {
        return bodyIds.isEmpty() ? List.of() : meetings.findByBodyIdInOrderByStartsAtDesc(bodyIds);
    }

    public List<AgendaItem> agenda(long meetingId) {
        return items.findByMeetingIdOrderByPosition(meetingId);
    }

    /** The papers this reader may see (all of them for members and managers). */
    public List<PaperView> papers(Meeting m) {
        List<Paper> visible = papers.findByMeetingIdOrderById(m.getId()).stream()
                .filter(p -> rights.maySeePaper(m, p)).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        List<PaperVersion> all = versions.findByPaperIdInOrderByPaperIdAscNumberDesc(visible.stream().map(Paper::getId).toList());
        Map<Long, StoredFile> stored = new HashMap<>();
        files.files(all.stream().map(PaperVersion::getFileId).distinct().toList()).forEach(f -> stored.put(f.id(), f));
        List<PaperView> out = new ArrayList<>();
        for (Paper p : visible) {
            out.add(new PaperView(p, all.stream().filter(v -> v.getPaperId() == p.getId())
                    .map(v -> new VersionView(v, stored.get(v.getFileId()))).toList()));
        }
        return out;
    }

    /** The file of a paper's version, if this reader may see it. */
    public Optional<Long> paperFile(long meetingId, long paperId, Integer number) {
        Optional<Meeting> m = meetings.findById(meetingId);
        Optional<Paper> p = papers.findById(paperId).filter(x -> x.getMeetingId() == meetingId);
        if (m.isEmpty() || p.isEmpty() || !rights.maySeePaper(m.get(), p.get())) {
            return Optional.empty();
        }
        Optional<PaperVersion> v = number == null ? versions.findFirstByPaperIdOrderByNumberDesc(paperId)
                : versions.findByPaperIdAndNumber(paperId, number);
        return v.map(PaperVersion::getFileId);
    }

    public List<Decision> decisionsOf(long meetingId) {
        return decisions.findByMeetingIdOrderById(meetingId);
    }

    public Optional<Decision> decision(long id) {
        return decisions.findById(id);
    }

    public org.springframework.data.domain.Page<Decision> decisions(Long bodyId, int page) {
        var pageable = org.springframework.data.domain.PageRequest.of(Math.max(0, page), 25);
        return bodyId == null ? decisions.findAllByOrderByAdoptedOnDescIdDesc(pageable)
                : decisions.findByBodyIdOrderByAdoptedOnDescIdDesc(bodyId, pageable);
    }

    public Optional<AgendaItem> item(long id) {
        return items.findById(id);
    }

    /** The newest published minutes, for everyone. */
    public Optional<Minutes> publishedMinutes(long meetingId) {
        return minutes.findFirstByMeetingIdAndStatusOrderByNumberDesc(meetingId, MinutesStatus.PUBLISHED);
    }

    /** Circulated minutes a member of the body may read and comment on; empty for anyone else. */
    public Optional<Minutes> circulatedMinutesFor(Meeting m) {
        if (!rights.isMember(m.getBodyId(), m.getDate()) && !rights.mayManage(m.getBodyId())) {
            return Optional.empty();
        }
        return minutes.findFirstByMeetingIdAndStatusOrderByNumberDesc(m.getId(), MinutesStatus.CIRCULATED);
    }

    public List<Minutes> minutesVersions(long meetingId) {
        return minutes.findByMeetingIdOrderByNumberDesc(meetingId);
    }

    public List<MinutesComment> comments(long minutesId) {
        return comments.findByMinutesIdOrderById(minutesId);
    }

    /** The minutes of earlier meetings approved at this one, each with its meeting. */
    public Map<Minutes, Meeting> approvedHere(long meetingId) {
        Map<Minutes, Meeting> out = new LinkedHashMap<>();
        for (Minutes x : minutes.findByApprovedAtMeetingIdOrderById(meetingId)) {
            meetings.findById(x.getMeetingId()).ifPresent(m -> out.put(x, m));
        }
        return out;
    }

    /** Later meetings of the body at which circulated minutes may be approved. */
    public List<Meeting> approvingCandidates(Meeting m) {
        return meetings.laterOfBody(m.getBodyId(), m.getStartsAt(), List.of(MeetingStatus.CONVENED, MeetingStatus.HELD));
    }

    public List<Invitation> invitations(long meetingId) {
        return invitations.findByMeetingId(meetingId);
    }

    public Optional<Invitation> myInvitation(long meetingId) {
        return rights.currentUser().accountId().flatMap(id -> invitations.findByMeetingIdAndAccountId(meetingId, id));
    }

    public Map<Long, String> names(Collection<Long> accountIds) {
        Set<Long> ids = new HashSet<>(accountIds);
        ids.remove(null);
        Map<Long, String> out = new HashMap<>();
        accounts.accounts(ids).forEach((AccountSummary a) -> out.put(a.id(), a.displayName()));
        return out;
    }

    public Map<Long, OrganisationSummary> organisations(Collection<Long> ids) {
        Set<Long> set = new HashSet<>(ids);
        set.remove(null);
        Map<Long, OrganisationSummary> out = new HashMap<>();
        directory.organisations(set).forEach(o -> out.put(o.id(), o));
        return out;
    }

    public List<OrganisationSummary> institutions() {
        List<OrganisationSummary> out = new ArrayList<>(directory.activeOrganisations(org.bashke.directory.OrganisationType.PUBLIC_INSTITUTION));
        out.addAll(directory.activeOrganisations(org.bashke.directory.OrganisationType.MUNICIPALITY));
        return out;
    }

    public List<MunicipalitySummary> municipalities() {
        return directory.municipalities();
    }

    public Optional<MunicipalitySummary> municipality(String code) {
        return code == null ? Optional.empty() : directory.municipalities().stream().filter(x -> x.code().equals(code)).findFirst();
    }

    public boolean mayManage(long bodyId) {
        return rights.mayManage(bodyId);
    }

    public boolean isMember(Meeting m) {
        return rights.isMember(m.getBodyId(), m.getDate());
    }
}
