package org.bashke.network.code;

import java.util.Locale;

/** The two documents every member accepts: the code of conduct and the rules of work (rules of procedure). */
public enum CodeKind {
    CODE_OF_CONDUCT, RULES_OF_WORK;

    /** In addresses: {@code conduct} or {@code rules}. */
    public String slug() {
        return this == CODE_OF_CONDUCT ? "conduct" : "rules";
    }

    public static CodeKind fromSlug(String slug) {
        for (CodeKind k : values()) {
            if (k.slug().equals(slug) || k.name().equalsIgnoreCase(slug == null ? "" : slug.toUpperCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new org.bashke.shared.NotFoundException("code", slug);
    }
}
