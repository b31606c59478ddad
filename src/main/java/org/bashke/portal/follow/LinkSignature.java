package org.bashke.portal.follow;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed links of e-mails (confirm an address, unsubscribe): {@code <id>.<HMAC-SHA256(purpose:id)>}.
 * Anyone holding the link may use it without logging in; nobody can make one for another id or
 * turn a confirmation link into an unsubscribe link, since the purpose is signed too.
 */
public final class LinkSignature {

    private final byte[] key;

    public LinkSignature(String key) {
        if (key == null || key.length() < 32) {
            throw new IllegalArgumentException("the signing key is too short");
        }
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String purpose, long id) {
        return id + "." + mac(purpose + ":" + id);
    }

    /** The id the token was made for, if it is genuine and for this purpose. */
    public Optional<Long> verify(String purpose, String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] expected = mac(purpose + ":" + id).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        // constant time: how much of a guess was right must not show in the response time
        return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
    }

    private String mac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
