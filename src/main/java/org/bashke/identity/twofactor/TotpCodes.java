package org.bashke.identity.twofactor;

import java.util.OptionalLong;
import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * TOTP after RFC 6238 with the parameters every authenticator app understands: SHA-1, 6 digits,
 * 30 seconds. A code of the step before or after is accepted too (phones drift). The time comes
 * from a {@link Clock} bean when there is one, so tests can set it.
 */
@Component
public class TotpCodes {

    public static final String ISSUER = "Bashkë";
    private static final int PERIOD = 30;
    private static final int DIGITS = 6;

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final CodeVerifier verifier;
    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final Clock clock;

    TotpCodes(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        DefaultCodeVerifier v = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS),
                () -> this.clock.instant().getEpochSecond());
        v.setTimePeriod(PERIOD);
        v.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = v;
    }

    /** 32 base-32 characters: 160 bits, the key length RFC 4226 recommends for SHA-1. */
    public String newSecret() {
        return secrets.generate();
    }

    public boolean verify(String secret, String code) {
        return matchingStep(secret, code).isPresent();
    }

    /**
     * The 30-second time step whose code this is (now, or one step either side for clock drift), so
     * the caller can refuse a step already used.
     */
    public OptionalLong matchingStep(String secret, String code) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}") || !verifier.isValidCode(secret, digits)) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD;
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (generator.generate(secret, step).equals(digits)) {
                    return OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// link as a PNG QR code in a data: URI (the CSP allows data: images). */
    public String qrDataUri(String secret, String accountName) {
        QrData data = new QrData.Builder().label(accountName).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }

    /** The secret in groups of four, for typing it into an app by hand. */
    public static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
