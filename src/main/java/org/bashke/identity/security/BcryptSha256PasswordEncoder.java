package org.bashke.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt over an HMAC-SHA-256 of the password. bcrypt reads only 72 bytes (Spring refuses longer
 * input), while the policy allows 128 characters, and an Albanian or Cyrillic letter takes two bytes:
 * the digest (44 characters of base64) keeps every character significant. The HMAC key is fixed and
 * public; it only keeps these hashes from being attacked with lists of bare SHA-256 hashes leaked elsewhere.
 */
final class BcryptSha256PasswordEncoder implements PasswordEncoder {

    private static final byte[] KEY = "bashke-password-prehash-v1".getBytes(StandardCharsets.UTF_8);

    private final BCryptPasswordEncoder bcrypt;

    BcryptSha256PasswordEncoder(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(prehash(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return rawPassword != null && bcrypt.matches(prehash(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    static String prehash(CharSequence raw) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
