package org.bashke.identity.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and redeems the links sent by e-mail: 32 random bytes, of which only the SHA-256 is stored,
 * so a copy of the database opens no account. A token works once and until it expires.
 */
@Component
public class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityTokenRepository tokens;

    OneTimeTokens(IdentityTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** @return the secret to put in the link; it is not kept anywhere */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(long accountId, TokenPurpose purpose, String newEmail, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new IdentityToken(accountId, purpose, hash(secret), newEmail, now));
        return secret;
    }

    /** The token behind this secret if it can still be used (not yet used, not expired). */
    @Transactional(readOnly = true)
    public Optional<IdentityToken> peek(String secret, TokenPurpose purpose, Instant now) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndPurpose(hash(secret), purpose).filter(t -> t.usableAt(now));
    }

    /** Uses the token up; empty when it was already used or has expired. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<IdentityToken> redeem(String secret, TokenPurpose purpose, Instant now) {
        // a conditional update, so two clicks racing on one link cannot both win
        return peek(secret, purpose, now).filter(t -> tokens.use(t.getId(), now) == 1);
    }

    /** Every still-open link of this kind stops working (a new password was set, a new link sent). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeAll(long accountId, TokenPurpose purpose, Instant now) {
        tokens.useAll(accountId, purpose, now);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
