package org.bashke.portal.follow;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bashke.shared.text.Language;

/**
 * What a subscriber asked for: how often, in which language, and what they follow. Kept as text
 * while an e-mail address waits for confirmation ({@link #encode()} / {@link #decode(String)}).
 */
public record Choices(Frequency frequency, Language language, Set<Follow> follows) {

    /** A topic name, a hub code or a record type: letters, digits, '_' and '-' only. */
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    public record Follow(FollowKind kind, String value) {
        public Follow {
            if (kind == null || value == null || !VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("not a follow: " + kind + ":" + value);
            }
        }
    }

    public Choices {
        follows = follows == null ? Set.of() : Set.copyOf(follows);
    }

    /** {@code DAILY|sq|HUB:PRZ,TOPIC:COUNCIL}: sorted, so the same choices give the same text. */
    public String encode() {
        return frequency.name() + "|" + language.tag() + "|" + follows.stream()
                .sorted(Comparator.comparing((Follow f) -> f.kind().name()).thenComparing(Follow::value))
                .map(f -> f.kind().name() + ":" + f.value()).collect(Collectors.joining(","));
    }

    /** Empty when the text is not something {@link #encode()} wrote. */
    public static Optional<Choices> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Frequency frequency = Frequency.valueOf(parts[0]);
            Language language = Language.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT));
            Set<Follow> follows = new LinkedHashSet<>();
            for (String f : parts[2].split(",")) {
                if (f.isBlank()) {
                    continue;
                }
                int colon = f.indexOf(':');
                follows.add(new Follow(FollowKind.valueOf(f.substring(0, colon)), f.substring(colon + 1)));
            }
            return Optional.of(new Choices(frequency, language, follows));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
