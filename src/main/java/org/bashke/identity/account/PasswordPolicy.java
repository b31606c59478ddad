package org.bashke.identity.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rule for a new password, after NIST SP 800-63B: long enough, no composition rules (they make
 * people write {@code Password1!}), not one of the passwords attackers try first, and not built from
 * what an attacker knows about the person (their name, their e-mail address).
 *
 * <p>Returns message keys, so each form can show them next to its own field in the reader's language.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** Parts of a name or address shorter than this are too common to forbid ("al", "li"). */
    private static final int MIN_PERSONAL_WORD = 3;

    public static final String TOO_SHORT = "identity.password.tooShort";
    public static final String TOO_LONG = "identity.password.tooLong";
    public static final String COMMON = "identity.password.common";
    public static final String PERSONAL = "identity.password.personal";

    private static final String BLOCKLIST = "/identity/common-passwords.txt";
    /** Words of this site that people reach for when asked for a password here. */
    private static final List<String> SITE_WORDS = List.of("bashke", "bashkë", "civikos");

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /**
     * @param personalWords the person's name, e-mail address and the like; the e-mail is reduced to its local part
     * @return message keys of the rules broken, empty when the password is acceptable
     */
    public List<String> violations(String password, String... personalWords) {
        List<String> broken = new ArrayList<>();
        String value = password == null ? "" : password;
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            broken.add(TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            broken.add(TOO_LONG);
        }
        if (length > 0 && isCommon(value)) {
            broken.add(COMMON);
        }
        if (length > 0 && containsPersonalWord(value, personalWords)) {
            broken.add(PERSONAL);
        }
        return List.copyOf(broken);
    }

    public boolean isAcceptable(String password, String... personalWords) {
        return violations(password, personalWords).isEmpty();
    }

    /**
     * A listed password, also with digits or punctuation stuck on its end ({@code password2026!}) or
     * typed twice ({@code dragondragon}): the first variations a cracker tries.
     */
    private boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return true;
        }
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "").replaceAll("^[\\d\\p{Punct}\\s]+", "");
        if (!stem.isEmpty() && (common.contains(stem) || stem.codePoints().distinct().count() == 1)) {
            return true;
        }
        if (lower.codePoints().distinct().count() <= 2) {
            return true;
        }
        int half = lower.length() / 2;
        return lower.length() % 2 == 0 && lower.substring(0, half).equals(lower.substring(half))
                && common.contains(lower.substring(0, half));
    }

    private boolean containsPersonalWord(String password, String... personalWords) {
        String lower = password.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(SITE_WORDS);
        if (personalWords != null) {
            for (String given : personalWords) {
                if (given == null) {
                    continue;
                }
                String value = given.toLowerCase(Locale.ROOT).strip();
                int at = value.indexOf('@');
                if (at >= 0) {
                    value = value.substring(0, at);
                }
                words.add(value.replaceAll("[\\s._\\-+]+", ""));
                words.addAll(List.of(value.split("[\\s._\\-+]+")));
            }
        }
        return words.stream()
                .filter(w -> w.codePointCount(0, w.length()) >= MIN_PERSONAL_WORD)
                .anyMatch(lower::contains);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(BLOCKLIST)) {
            if (in == null) {
                throw new IllegalStateException("missing " + BLOCKLIST);
            }
            Set<String> words = new HashSet<>(65_536);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        words.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
