package org.bashke.portal.publications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.files.FileRejected;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.portal.content.ArticleStatus;
import org.bashke.portal.content.ContentRights;
import org.bashke.portal.content.EditorialWorkflow;
import org.bashke.portal.content.Problem;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Writing publications, attaching their files and moving them through the editorial workflow. The
 * secretariat writes any; a hub coordinator only those of their hub. Every change is audited and
 * re-indexed in the same transaction.
 */
@Component
public class EditPublication {

    static final String FILES_MODULE = "portal";

    private final Publications publications;
    private final PublicationIndexing indexing;
    private final ContentRights rights;
    private final Directory directory;
    private final FileStore files;
    private final AuditLog audit;
    private final org.springframework.transaction.support.TransactionTemplate transaction;
    private final Clock clock;

    EditPublication(Publications publications, PublicationIndexing indexing, ContentRights rights, Directory directory,
                    FileStore files, AuditLog audit, org.springframework.transaction.support.TransactionTemplate transaction,
                    Optional<Clock> clock) {
        this.transaction = transaction;
        this.publications = publications;
        this.indexing = indexing;
        this.rights = rights;
        this.directory = directory;
        this.files = files;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public record Outcome(Long id, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param addAuthor an organisation's name or acronym typed by the editor, added to the authors when
     *                  it names exactly one organisation of the directory (null or blank: none)
     */
    @Transactional
    public Outcome create(PublicationContent content, String addAuthor) {
        rights.requireHub(content.hubId());
        List<Problem> problems = new ArrayList<>();
        content = withAuthor(content, addAuthor, problems);
        merge(problems, check(content));
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        Publication p = publications.saveAndFlush(new Publication(content, rights.actor(), clock.instant()));
        audit.record("portal.publication.created", "publication", p.getId(), null, p.auditView());
        return new Outcome(p.getId(), List.of());
    }

    @Transactional
    public Outcome edit(long id, PublicationContent content, String addAuthor) {
        Publication p = writable(id);
        rights.requireHub(content.hubId());
        List<Problem> problems = new ArrayList<>();
        content = withAuthor(content, addAuthor, problems);
        merge(problems, check(content));
        if (!problems.isEmpty()) {
            return new Outcome(id, problems);
        }
        var before = p.auditView();
        ArticleStatus after = EditorialWorkflow.statusAfterEdit(p.getStatus(), rights.isSecretariat());
        p.edit(content, after, rights.actor(), clock.instant());
        saved(p, after != before.get("status") ? "updated.backToReview" : "updated", before);
        return new Outcome(id, List.of());
    }

    /**
     * Keeps the upload (checked by the files module) as the file of that language. Not one transaction:
     * the files module keeps the bytes in its own, and a refused upload must not doom ours (a rejected
     * file leaves nothing behind there; a kept file whose attaching fails stays unreferenced, as the
     * files module allows).
     */
    public List<Problem> attach(long id, Language language, MultipartFile upload) {
        writable(id);
        if (language == null) {
            return List.of(new Problem("language", "portal.publication.language.required"));
        }
        StoredFile stored;
        try {
            stored = files.store(FILES_MODULE, upload);
        } catch (FileRejected e) {
            return List.of(new Problem("file", e.messageKey()));
        }
        transaction.executeWithoutResult(status -> {
            Publication p = writable(id);
            var before = p.auditView();
            p.attach(language, stored.id(), rights.actor(), clock.instant());
            saved(p, "file.attached", before);
        });
        return List.of();
    }

    @Transactional
    public void detach(long id, Language language) {
        Publication p = writable(id);
        var before = p.auditView();
        p.detach(language, rights.actor(), clock.instant());
        saved(p, "file.removed", before);
    }

    @Transactional
    public void submit(long id) {
        Publication p = writable(id);
        var before = p.auditView();
        p.submit(rights.actor(), clock.instant());
        saved(p, "submitted", before);
    }

    @Transactional
    public void returnToDraft(long id) {
        Publication p = writable(id);
        var before = p.auditView();
        p.returnToDraft(rights.actor(), clock.instant());
        saved(p, "returned", before);
    }

    @Transactional
    public void publish(long id) {
        Publication p = writable(id);
        var before = p.auditView();
        p.publish(rights.actor(), clock.instant());
        saved(p, "published", before);
    }

    @Transactional
    public List<Problem> schedule(long id, Instant when) {
        Publication p = writable(id);
        if (when == null || !when.isAfter(clock.instant())) {
            return List.of(new Problem("publishAt", "portal.article.publishAt.future"));
        }
        var before = p.auditView();
        p.schedule(when, rights.actor(), clock.instant());
        saved(p, "scheduled", before);
        return List.of();
    }

    @Transactional
    public List<Problem> unpublish(long id, String reason) {
        Publication p = writable(id);
        if (reason == null || reason.isBlank()) {
            return List.of(new Problem("reason", "portal.article.reason.required"));
        }
        if (reason.length() > 500) {
            return List.of(new Problem("reason", "portal.article.reason.tooLong"));
        }
        var before = p.auditView();
        p.unpublish(reason, rights.actor(), clock.instant());
        saved(p, "unpublished", before);
        return List.of();
    }

    private void saved(Publication p, String what, Object before) {
        publications.saveAndFlush(p);
        audit.record("portal.publication." + what, "publication", p.getId(), before, p.auditView());
        indexing.refresh(p);
    }

    private Publication writable(long id) {
        Publication p = publications.findById(id).orElseThrow(() -> new NotFoundException("publication", id));
        rights.requireHub(p.getHubId());
        return p;
    }

    /** One message per field: the first one found says what to fix. */
    private static void merge(List<Problem> problems, List<Problem> more) {
        for (Problem p : more) {
            if (problems.stream().noneMatch(q -> q.field().equals(p.field()))) {
                problems.add(p);
            }
        }
    }

    private PublicationContent withAuthor(PublicationContent c, String name, List<Problem> problems) {
        if (name == null || name.isBlank()) {
            return c;
        }
        String wanted = name.strip();
        var found = directory.findOrganisations(wanted, null, 10);
        // an exact name or acronym wins over partial matches ("KCSF" among "KCSF Prizren" and others)
        var exact = found.stream().filter(o -> wanted.equalsIgnoreCase(o.acronym())
                || java.util.Arrays.stream(Language.values()).anyMatch(l -> wanted.equalsIgnoreCase(o.name().get(l)))).toList();
        var pick = exact.size() == 1 ? exact : found;
        if (pick.size() != 1) {
            problems.add(new Problem("authorName", pick.isEmpty() ? "portal.publication.authors.unknown"
                    : "portal.publication.authors.ambiguous"));
            return c;
        }
        var ids = new java.util.HashSet<>(c.authorIds());
        ids.add(pick.get(0).id());
        return new PublicationContent(c.type(), c.issuedOn(), c.hubId(), c.title(), c.summary(), c.topics(), ids);
    }

    private List<Problem> check(PublicationContent c) {
        List<Problem> problems = new ArrayList<>();
        if (c.type() == null) {
            problems.add(new Problem("type", "portal.publication.type.required"));
        }
        if (c.issuedOn() == null) {
            problems.add(new Problem("issuedOn", "portal.publication.issuedOn.required"));
        } else if (c.issuedOn().isAfter(LocalDate.now(clock).plusYears(1)) || c.issuedOn().getYear() < 1990) {
            problems.add(new Problem("issuedOn", "portal.publication.issuedOn.range"));
        }
        if (c.title() == null || c.title().isEmpty()) {
            problems.add(new Problem("titleSq", "portal.article.title.required"));
        }
        if (c.authorIds().isEmpty()) {
            problems.add(new Problem("authorName", "portal.publication.authors.required"));
        } else if (directory.organisations(c.authorIds()).size() != c.authorIds().size()) {
            problems.add(new Problem("authorName", "portal.publication.authors.unknown"));
        }
        return problems;
    }
}
