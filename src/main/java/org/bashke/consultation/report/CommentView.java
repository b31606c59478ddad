package org.bashke.consultation.report;

import java.time.Instant;
import org.bashke.consultation.draft.AnswerOutcome;
import org.bashke.consultation.draft.HiddenReason;

/**
 * A comment as a reader sees it: text in the reader's script, and nothing of a hidden comment but its
 * reason, nor of a private one (unless the reader answers for the institution).
 */
public record CommentView(long id, Long articleId, String authorName, String organisationName, String body,
                          boolean publicComment, boolean bodyShown, HiddenReason hiddenReason, AnswerOutcome outcome,
                          String answer, Instant createdAt, org.bashke.files.StoredFile attachment) {

    /** Where the attachment is downloaded, when there is one the reader may see. */
    public String attachmentUrl(long consultationId) {
        return attachment == null ? null : "/consultations/" + consultationId + "/comments/" + id + "/attachment";
    }

    public boolean answered() {
        return outcome != null;
    }

    public boolean hidden() {
        return hiddenReason != null;
    }
}
