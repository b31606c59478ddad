package org.bashke.consultation.report;

import java.util.List;

/** An article of the draft with the comments on it; {@code versionNumber} tells which version it belongs to. */
public record ArticleView(long id, int versionNumber, int position, String heading, String body, List<CommentView> comments,
                          long commentCount)
        implements ArticleDiff.Side {

    public ArticleView(long id, int versionNumber, int position, String heading, String body, List<CommentView> comments) {
        this(id, versionNumber, position, heading, body, comments, comments.size());
    }

    /** Whether the page shows only the newest comments and links to the rest. */
    public boolean more() {
        return commentCount > comments.size();
    }

    /** Accepted and partly accepted comments: those the adopted text may show. */
    public List<CommentView> takenUp() {
        return comments.stream().filter(c -> c.outcome() != null
                && c.outcome() != org.bashke.consultation.draft.AnswerOutcome.REJECTED).toList();
    }

    public boolean preamble() {
        return heading == null || heading.isEmpty();
    }
}
