package org.bashke.consultation.draft;

import java.time.Instant;
import org.bashke.audit.AuditLog;
import org.bashke.identity.Accounts;
import org.bashke.identity.CurrentUser;
import org.bashke.identity.UserRef;
import org.bashke.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.bashke.files.FileStore;

/**
 * A registered member comments on a draft or one of its articles, as themselves or for an organisation
 * whose link with them the secretariat has verified; never after the consultation closes, and no faster
 * than the rate limit allows.
 */
@Service
public class CommentOnDraft {

    /** @param attachment an optional file (null or empty for none) */
    public record CommentValues(long consultationId, Long articleId, Long organisationId, String body, boolean publicComment,
                                String language, MultipartFile attachment) {
    }

    private final ConsultationRepository consultations;
    private final DocumentVersionRepository versions;
    private final CommentRepository comments;
    private final CommentRateLimit rateLimit;
    private final CurrentUser currentUser;
    private final Accounts accounts;
    private final AuditLog audit;
    private final FileStore files;
    private final CommentSearchRecords search;

    CommentOnDraft(ConsultationRepository consultations, DocumentVersionRepository versions, CommentRepository comments,
                   CommentRateLimit rateLimit, CurrentUser currentUser, Accounts accounts, AuditLog audit, FileStore files,
                   CommentSearchRecords search) {
        this.files = files;
        this.search = search;
        this.consultations = consultations;
        this.versions = versions;
        this.comments = comments;
        this.rateLimit = rateLimit;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public long comment(CommentValues v) {
        UserRef user = currentUser.get().filter(u -> u.accountId() != null)
                .orElseThrow(() -> new AccessDeniedException("commenting needs an account"));
        Consultation c = consultations.findById(v.consultationId())
                .orElseThrow(() -> new NotFoundException("consultation", v.consultationId()));
        if (!c.acceptsComments()) {
            throw new ConsultationRuleException("consultation.rule.comment.closed");
        }
        if (v.body() == null || v.body().isBlank()) {
            throw new ConsultationRuleException("consultation.rule.comment.bodyRequired");
        }
        if (v.articleId() != null && versions.findByConsultationIdOrderByNumberDesc(c.getId()).stream()
                .flatMap(d -> d.getArticles().stream()).noneMatch(a -> a.getId().equals(v.articleId()))) {
            throw new ConsultationRuleException("consultation.rule.comment.unknownArticle");
        }
        if (v.organisationId() != null && !accounts.verifiedOrganisations(user.accountId()).contains(v.organisationId())) {
            throw new ConsultationRuleException("consultation.rule.comment.notVerifiedForOrganisation");
        }
        Instant now = Instant.now();
        rateLimit.check(user.accountId(), now);
        Comment comment = comments.save(new Comment(c.getId(), v.articleId(), user.accountId(), user.displayName(),
                user.email(), v.language(), v.organisationId(), inLatinIfSerbian(v.body().strip(), v.language()), v.publicComment(), now));
        if (v.attachment() != null && !v.attachment().isEmpty()) {
            // a refused file throws FileRejected here and the whole comment rolls back with it
            comment.attach(files.store("consultation", v.attachment()).id());
        }
        audit.record("consultation.comment.created", "consultation-comment", comment.getId(), null, comment.auditValues());
        search.changed(c, comment);
        return comment.getId();
    }

    /** Serbian is stored in Latin script, like every Serbian text here, and shown in the reader's script. */
    static String inLatinIfSerbian(String text, String language) {
        return language != null && language.startsWith("sr") ? org.bashke.shared.text.SerbianScript.toLatin(text) : text;
    }

    public boolean mayComment() {
        return currentUser.accountId().isPresent();
    }

    /** The organisations the person may speak for, for the form's choice. */
    public java.util.List<Long> organisationsOfCurrentUser() {
        return currentUser.accountId().map(accounts::verifiedOrganisations).orElse(java.util.List.of());
    }
}
