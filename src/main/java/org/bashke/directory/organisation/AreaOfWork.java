package org.bashke.directory.organisation;

import java.util.Locale;
import java.util.Optional;

/**
 * The fixed list of fields CSOs work in, stored as codes; each is shown through the message
 * {@code directory.area.<code>} so it reads in the user's language.
 */
public enum AreaOfWork {
    DEMOCRACY_GOVERNANCE, HUMAN_RIGHTS, EDUCATION, ENVIRONMENT, HEALTH, YOUTH, WOMEN_GENDER, MINORITIES,
    SOCIAL_SERVICES, CULTURE, ECONOMIC_DEVELOPMENT, MEDIA, VOLUNTEERING, RULE_OF_LAW, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "directory.area." + code();
    }

    /** Accepts the code in any case, with spaces or dashes for underscores (as people type it in a spreadsheet). */
    public static Optional<AreaOfWork> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (AreaOfWork a : values()) {
            if (a.name().equals(normalised)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
