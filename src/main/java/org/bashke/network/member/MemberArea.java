package org.bashke.network.member;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields a member works in: the same codes as the directory's areas of work, shown through the
 * directory's messages {@code directory.area.<code>}, so a member reads its areas as the directory does.
 */
public enum MemberArea {
    DEMOCRACY_GOVERNANCE, HUMAN_RIGHTS, EDUCATION, ENVIRONMENT, HEALTH, YOUTH, WOMEN_GENDER, MINORITIES,
    SOCIAL_SERVICES, CULTURE, ECONOMIC_DEVELOPMENT, MEDIA, VOLUNTEERING, RULE_OF_LAW, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "directory.area." + code();
    }

    /** Stored as codes separated by commas; unknown codes are dropped. */
    public static Set<MemberArea> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return EnumSet.noneOf(MemberArea.class);
        }
        Set<MemberArea> out = EnumSet.noneOf(MemberArea.class);
        for (String s : stored.split(",")) {
            Arrays.stream(values()).filter(a -> a.code().equals(s.strip())).findFirst().ifPresent(out::add);
        }
        return out;
    }

    public static String format(Set<MemberArea> areas) {
        return areas.stream().sorted().map(MemberArea::code).collect(Collectors.joining(","));
    }
}
