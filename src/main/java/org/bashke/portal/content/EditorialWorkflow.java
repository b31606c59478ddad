package org.bashke.portal.content;

import java.time.Instant;

/**
 * The editorial rule, in one place: draft → in review → published (now or at a set time);
 * whatever is published or scheduled may be withdrawn with a reason and goes back through review.
 */
public final class EditorialWorkflow {

    private EditorialWorkflow() {
    }

    public static boolean maySubmit(ArticleStatus from) {
        return from == ArticleStatus.DRAFT || from == ArticleStatus.UNPUBLISHED;
    }

    /** Back to the author from review. */
    public static boolean mayReturnToDraft(ArticleStatus from) {
        return from == ArticleStatus.IN_REVIEW;
    }

    /** Only reviewed content goes public. */
    public static boolean mayPublish(ArticleStatus from) {
        return from == ArticleStatus.IN_REVIEW;
    }

    /** A schedule is for the future; a time already past means "publish now" and is refused here to avoid surprises. */
    public static boolean maySchedule(ArticleStatus from, Instant publishAt, Instant now) {
        return from == ArticleStatus.IN_REVIEW && publishAt != null && publishAt.isAfter(now);
    }

    public static boolean mayUnpublish(ArticleStatus from, String reason) {
        return (from == ArticleStatus.PUBLISHED || from == ArticleStatus.SCHEDULED) && reason != null && !reason.isBlank();
    }

    /** The scheduled job's rule: due scheduled items become published. */
    public static boolean isDue(ArticleStatus status, Instant publishAt, Instant now) {
        return status == ArticleStatus.SCHEDULED && publishAt != null && !publishAt.isAfter(now);
    }

    /**
     * Editing what readers already see (or will see at a set time): the secretariat's edits stand, as
     * the secretariat is the reviewer; anyone else's edit sends the item back to review, so no text goes
     * public that a reviewer has not read. Until it is published again it is off the public site: the
     * portal keeps one text per item, not a public copy beside a pending one.
     */
    public static ArticleStatus statusAfterEdit(ArticleStatus current, boolean editorIsSecretariat) {
        if (!editorIsSecretariat && (current == ArticleStatus.PUBLISHED || current == ArticleStatus.SCHEDULED)) {
            return ArticleStatus.IN_REVIEW;
        }
        return current;
    }
}
