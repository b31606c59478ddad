package org.bashke.portal.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.portal.content.ContentRights;
import org.bashke.portal.content.Problem;
import org.bashke.portal.search.SearchIndex;
import org.bashke.portal.text.Markdown;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing, publishing and withdrawing events; hub coordinators for their hub only. */
@Component
public class EditEvent {

    private final PortalEvents events;
    private final ContentRights rights;
    private final SearchIndex index;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;

    EditEvent(PortalEvents events, ContentRights rights, SearchIndex index, Directory directory, AuditLog audit,
              Optional<Clock> clock) {
        this.events = events;
        this.rights = rights;
        this.index = index;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public record Outcome(Long id, List<Problem> problems) {
    }

    @Transactional
    public Outcome create(EventDetails d) {
        rights.requireHub(d.hubId());
        List<Problem> problems = check(d);
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        PortalEvent e = events.saveAndFlush(new PortalEvent(d, rights.actor(), clock.instant()));
        audit.record("portal.event.created", "event", e.getId(), null, e.auditView());
        return new Outcome(e.getId(), List.of());
    }

    @Transactional
    public Outcome edit(long id, EventDetails d) {
        PortalEvent e = load(id);
        rights.requireHub(e.getHubId());
        rights.requireHub(d.hubId());
        List<Problem> problems = check(d);
        if (!problems.isEmpty()) {
            return new Outcome(id, problems);
        }
        var before = e.auditView();
        e.apply(d, rights.actor(), clock.instant());
        events.saveAndFlush(e);
        audit.record("portal.event.updated", "event", id, before, e.auditView());
        refreshIndex(e);
        return new Outcome(id, List.of());
    }

    @Transactional
    public void publish(long id, boolean published) {
        PortalEvent e = load(id);
        rights.requireHub(e.getHubId());
        var before = e.auditView();
        e.publish(published, rights.actor(), clock.instant());
        events.saveAndFlush(e);
        audit.record(published ? "portal.event.published" : "portal.event.unpublished", "event", id, before, e.auditView());
        refreshIndex(e);
    }

    /** Also used by the index rebuild. */
    public void refreshIndex(PortalEvent e) {
        if (!e.isPublished()) {
            index.remove("portal", "event", String.valueOf(e.getId()));
            return;
        }
        String hub = e.getHubId() == null ? null : directory.hub(e.getHubId()).map(HubSummary::code).orElse(null);
        LocalizedText d = e.getDescription();
        LocalizedText text = d == null ? null : LocalizedText.of(Language.SQ, plain(d, Language.SQ), plain(d, Language.SR), plain(d, Language.EN));
        index.apply(PublicRecordChanged.published("portal", "event", e.getId(), e.getTitle(), text,
                "/events/" + e.getId(), hub, e.getStartsAt()));
    }

    private static String plain(LocalizedText t, Language l) {
        return Markdown.toPlainText(t.get(l));
    }

    private PortalEvent load(long id) {
        return events.findById(id).orElseThrow(() -> new NotFoundException("event", id));
    }

    private List<Problem> check(EventDetails d) {
        List<Problem> problems = new ArrayList<>();
        if (d.title() == null || d.title().isEmpty()) {
            problems.add(new Problem("titleSq", "portal.event.title.required"));
        }
        if (d.startsAt() == null) {
            problems.add(new Problem("startsAt", "portal.event.startsAt.required"));
        }
        if (d.endsAt() == null) {
            problems.add(new Problem("endsAt", "portal.event.endsAt.required"));
        } else if (d.startsAt() != null && d.endsAt().isBefore(d.startsAt())) {
            problems.add(new Problem("endsAt", "portal.event.endsAt.beforeStart"));
        }
        if (d.capacity() != null && d.capacity() < 1) {
            problems.add(new Problem("capacity", "portal.event.capacity.positive"));
        }
        if (d.onlineUrl() != null && !d.onlineUrl().isBlank() && !d.onlineUrl().matches("https?://\\S+")) {
            problems.add(new Problem("onlineUrl", "portal.event.onlineUrl.invalid"));
        }
        if (d.hubId() != null && directory.hub(d.hubId()).isEmpty()) {
            problems.add(new Problem("hubId", "portal.event.hub.unknown"));
        }
        return problems;
    }
}
