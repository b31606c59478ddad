package org.bashke.consultation.draft;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.identity.CurrentUser;
import org.bashke.mail.Mailer;
import org.bashke.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institution (its government officers) or the secretariat answers comments and moderates them.
 * Officers of another institution are refused.
 */
@Service
public class AnswerComments {

    private final CommentRepository comments;
    private final ManageConsultations manage;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Mailer mailer;
    private final String baseUrl;
    private final CommentSearchRecords search;

    AnswerComments(CommentRepository comments, ManageConsultations manage, CurrentUser currentUser, AuditLog audit,
                   Mailer mailer, @Value("${bashke.base-url:http://localhost:8080}") String baseUrl, CommentSearchRecords search) {
        this.search = search;
        this.comments = comments;
        this.manage = manage;
        this.currentUser = currentUser;
        this.audit = audit;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
    }

    @Transactional
    public void answer(long consultationId, long commentId, AnswerOutcome outcome, String reason) {
        Consultation c = manage.findToManage(consultationId);
        Comment comment = commentOf(c, commentId);
        if (!c.acceptsAnswers()) {
            throw new ConsultationRuleException("consultation.rule.stage.notAllowed");
        }
        Map<String, Object> before = comment.auditValues();
        comment.answer(outcome, reason == null ? null : CommentOnDraft.inLatinIfSerbian(reason, comment.getAuthorLanguage()), currentUser.actorName(), Instant.now());
        audit.record("consultation.comment.answered", "consultation-comment", commentId, before, comment.auditValues());
        // the answer is public text too: the comment's record now carries it
        search.changed(c, comment);
    }

    /** Hides a comment for a published reason; the placeholder stays and the commenter is told why. */
    @Transactional
    public void hide(long consultationId, long commentId, HiddenReason reason) {
        Consultation c = manage.findToManage(consultationId);
        Comment comment = commentOf(c, commentId);
        Map<String, Object> before = comment.auditValues();
        comment.hide(reason, Instant.now());
        audit.record("consultation.comment.hidden", "consultation-comment", commentId, before, comment.auditValues());
        search.changed(c, comment);
        Locale locale = Locale.forLanguageTag(comment.getAuthorLanguage());
        mailer.send(comment.getAuthorEmail(), locale, "consultation/comment-hidden", Map.of(
                "name", comment.getAuthorName(),
                "title", c.getTitle().display(locale),
                "reasonKey", "consultation.hidden." + reason.name(),
                "link", baseUrl + "/consultations/" + consultationId,
                "subjectArgs", new Object[] {c.getTitle().display(locale)}));
    }

    private Comment commentOf(Consultation c, long commentId) {
        Comment comment = comments.findById(commentId).orElseThrow(() -> new NotFoundException("comment", commentId));
        if (comment.getConsultationId() != c.getId()) {
            throw new NotFoundException("comment", commentId);
        }
        return comment;
    }
}
