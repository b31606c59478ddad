package org.bashke.portal.content;

/** News are dated and belong to a hub or to the whole country; pages are standing texts found by slug. */
public enum ArticleKind {
    NEWS, PAGE;

    /** The path segment of its admin pages: {@code /admin/portal/news}, {@code /admin/portal/pages}. */
    public String section() {
        return this == NEWS ? "news" : "pages";
    }

    public static ArticleKind ofSection(String section) {
        return switch (section) {
            case "news" -> NEWS;
            case "pages" -> PAGE;
            default -> throw new org.bashke.shared.NotFoundException("section", section);
        };
    }
}
