package org.bashke.identity.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ten single-use codes for the day the phone is lost. Each has about 59 random bits, so a fast hash
 * (SHA-256) is enough to keep them from a copy of the database: there is nothing to guess from a
 * dictionary, and verifying stays quick at login.
 */
@Component
public class RecoveryCodes {

    public static final int COUNT = 10;
    /** Unambiguous letters and digits: no 0/o, 1/l/i. */
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RecoveryCodeRepository codes;

    RecoveryCodes(RecoveryCodeRepository codes) {
        this.codes = codes;
    }

    /** Replaces all codes of the account with ten new ones. @return the codes, to be shown once */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> replace(long accountId) {
        codes.deleteAllOf(accountId);
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = newCode();
            plain.add(code);
            codes.save(new RecoveryCode(accountId, hash(code)));
        }
        return plain;
    }

    /** Uses one code up; false when it is not one of the account's unused codes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean use(long accountId, String code, Instant now) {
        if (code == null || code.isBlank() || code.length() > 40) {
            return false;
        }
        return codes.findByAccountIdAndCodeHashAndUsedAtIsNull(accountId, hash(normalise(code)))
                .map(c -> codes.use(c.getId(), now) == 1)
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public long remaining(long accountId) {
        return codes.countByAccountIdAndUsedAtIsNull(accountId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void removeAll(long accountId) {
        codes.deleteAllOf(accountId);
    }

    /** Twelve characters in three groups: {@code abcd-efgh-jkmn}. */
    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** People retype codes with spaces, capitals or without the dashes. */
    static String normalise(String code) {
        String compact = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return compact.length() == 12 ? compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8) : compact;
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
