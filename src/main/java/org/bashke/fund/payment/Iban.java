package org.bashke.fund.payment;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/** IBAN written without spaces in capitals, and checked by its ISO 13616 check digits (mod 97 = 1). */
public final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** The normalised IBAN, or empty when it is not one. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String iban = raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}")) {
            return Optional.empty();
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1 ? Optional.of(iban) : Optional.empty();
    }
}
