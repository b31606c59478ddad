package org.bashke.identity.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Marks of a login that is half done: the password was right, a second factor is still due. Such an
 * authentication carries none of the person's roles, so every rule written with {@code hasRole(...)}
 * keeps refusing it; only the second-factor pages (and logout) accept these marks.
 */
public final class SecondFactor {

    /** The password was right; nothing else is granted. */
    public static final String PASSWORD_ONLY = "FACTOR_PASSWORD_ONLY";
    /** The account has TOTP: the code (or a recovery code) is due at {@code /login/2fa}. */
    public static final String CODE_REQUIRED = "FACTOR_TOTP_REQUIRED";
    /** A role held requires TOTP and the account has none yet: only enrolment is open. */
    public static final String ENROLMENT_REQUIRED = "FACTOR_TOTP_ENROLMENT_REQUIRED";

    private SecondFactor() {
    }

    static List<GrantedAuthority> codeRequired() {
        return List.of(new SimpleGrantedAuthority(PASSWORD_ONLY), new SimpleGrantedAuthority(CODE_REQUIRED));
    }

    static List<GrantedAuthority> enrolmentRequired() {
        return List.of(new SimpleGrantedAuthority(PASSWORD_ONLY), new SimpleGrantedAuthority(ENROLMENT_REQUIRED));
    }

    public static boolean isPending(Authentication authentication) {
        return has(authentication, PASSWORD_ONLY);
    }

    public static boolean isCodeRequired(Authentication authentication) {
        return has(authentication, CODE_REQUIRED);
    }

    public static boolean isEnrolmentRequired(Authentication authentication) {
        return has(authentication, ENROLMENT_REQUIRED);
    }

    private static boolean has(Authentication authentication, String mark) {
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a -> mark.equals(a.getAuthority()));
    }
}
