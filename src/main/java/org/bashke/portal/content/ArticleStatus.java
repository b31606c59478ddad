package org.bashke.portal.content;

/** Where a news item or page stands in the editorial workflow. */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED;

    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
