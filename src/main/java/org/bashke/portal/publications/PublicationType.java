package org.bashke.portal.publications;

/** What kind of document a publication is; labels {@code portal.publication.type.<NAME>}. */
public enum PublicationType {
    REPORT, STUDY, POSITION_PAPER, MINUTES, GUIDE;

    /** Reads a filter value; anything unknown means "no filter". */
    public static PublicationType parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
