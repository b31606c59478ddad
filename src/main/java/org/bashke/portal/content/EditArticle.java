package org.bashke.portal.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing news and pages and moving them through the workflow. Every method checks the writer's
 * right over the article's hub, keeps a version of what was saved, audits, and re-indexes.
 */
@Component
public class EditArticle {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Articles articles;
    private final ArticleVersions versions;
    private final ArticleIndexing indexing;
    private final ContentRights rights;
    private final AuditLog audit;
    private final Clock clock;

    EditArticle(Articles articles, ArticleVersions versions, ArticleIndexing indexing, ContentRights rights, AuditLog audit,
                java.util.Optional<Clock> clock) {
        this.articles = articles;
        this.versions = versions;
        this.indexing = indexing;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public record Outcome(Long id, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    @Transactional
    public Outcome create(ArticleKind kind, String slug, Long hubId, ArticleContent content) {
        rights.requireWrite(kind, hubId);
        List<Problem> problems = check(kind, null, slug, content);
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        Instant now = clock.instant();
        Article a = articles.saveAndFlush(new Article(kind, slug, hubId, content, rights.actor(), now));
        versions.keep(a, rights.actor(), now);
        audit.record("portal." + kind.name().toLowerCase() + ".created", "article", a.getId(), null, a.auditView());
        return new Outcome(a.getId(), List.of());
    }

    @Transactional
    public Outcome edit(long id, Long hubId, String slug, ArticleContent content) {
        Article a = load(id);
        rights.requireWrite(a.getKind(), a.getHubId());
        rights.requireWrite(a.getKind(), hubId);
        List<Problem> problems = check(a.getKind(), a.getId(), slug, content);
        if (!problems.isEmpty()) {
            return new Outcome(id, problems);
        }
        var before = a.auditView();
        Instant now = clock.instant();
        a.edit(hubId, slug, content, rights.actor(), now);
        boolean backToReview = EditorialWorkflow.statusAfterEdit(a.getStatus(), rights.isSecretariat()) != a.getStatus();
        if (backToReview) {
            a.backToReview(rights.actor(), now);
        }
        saved(a, backToReview ? "updated.backToReview" : "updated", before, now);
        return new Outcome(id, List.of());
    }

    @Transactional
    public void submit(long id) {
        Article a = writable(id);
        var before = a.auditView();
        a.submit(rights.actor(), clock.instant());
        saved(a, "submitted", before, clock.instant());
    }

    @Transactional
    public void returnToDraft(long id) {
        Article a = writable(id);
        var before = a.auditView();
        a.returnToDraft(rights.actor(), clock.instant());
        saved(a, "returned", before, clock.instant());
    }

    @Transactional
    public void publish(long id) {
        Article a = writable(id);
        var before = a.auditView();
        a.publish(rights.actor(), clock.instant());
        saved(a, "published", before, clock.instant());
    }

    /** Returns the problem when the time is not in the future. */
    @Transactional
    public List<Problem> schedule(long id, Instant when) {
        Article a = writable(id);
        if (when == null || !when.isAfter(clock.instant())) {
            return List.of(new Problem("publishAt", "portal.article.publishAt.future"));
        }
        var before = a.auditView();
        a.schedule(when, rights.actor(), clock.instant());
        saved(a, "scheduled", before, clock.instant());
        return List.of();
    }

    @Transactional
    public List<Problem> unpublish(long id, String reason) {
        Article a = writable(id);
        if (reason == null || reason.isBlank()) {
            return List.of(new Problem("reason", "portal.article.reason.required"));
        }
        if (reason.length() > 500) {
            return List.of(new Problem("reason", "portal.article.reason.tooLong"));
        }
        var before = a.auditView();
        a.unpublish(reason, rights.actor(), clock.instant());
        saved(a, "unpublished", before, clock.instant());
        return List.of();
    }

    private void saved(Article a, String what, Object before, Instant now) {
        articles.saveAndFlush(a);
        versions.keep(a, rights.actor(), now);
        audit.record("portal." + a.getKind().name().toLowerCase() + "." + what, "article", a.getId(), before, a.auditView());
        indexing.refresh(a);
    }

    private Article writable(long id) {
        Article a = load(id);
        rights.requireWrite(a.getKind(), a.getHubId());
        return a;
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("article", id));
    }

    private List<Problem> check(ArticleKind kind, Long id, String slug, ArticleContent c) {
        List<Problem> problems = new ArrayList<>();
        if (c.title() == null || c.title().get(Language.SQ) == null && c.title().get(Language.SR) == null
                && c.title().get(Language.EN) == null) {
            problems.add(new Problem("titleSq", "portal.article.title.required"));
        }
        if (kind == ArticleKind.PAGE) {
            if (slug == null || !SLUG.matcher(slug).matches() || slug.length() > 80) {
                problems.add(new Problem("slug", "portal.article.slug.invalid"));
            } else {
                articles.findByKindAndSlug(ArticleKind.PAGE, slug).filter(other -> !other.getId().equals(id))
                        .ifPresent(other -> problems.add(new Problem("slug", "portal.article.slug.taken")));
            }
        }
        return problems;
    }
}
