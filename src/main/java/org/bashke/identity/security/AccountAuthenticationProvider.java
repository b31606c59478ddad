package org.bashke.identity.security;

import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks e-mail and password against the accounts. Every way of failing (unknown address, wrong
 * password, address not verified, account disabled, too many attempts) ends in the same exception,
 * so the login page cannot tell anyone whether an address has an account.
 *
 * <p>When a second factor is due, the authentication returned grants no role, only the marks of
 * {@link SecondFactor}; the full one is given after the code.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final AccountRepository accounts;
    private final AccountPrincipals principals;
    private final PasswordEncoder encoder;
    private final Throttle throttle;
    private final AuditLog audit;
    /** Compared against when the address is unknown, so that case takes as long as a wrong password. */
    private final String decoyHash;

    AccountAuthenticationProvider(AccountRepository accounts, AccountPrincipals principals, PasswordEncoder encoder,
                                  Throttle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.principals = principals;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.decoyHash = encoder.encode("decoy password for unknown addresses");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = Account.normaliseEmail(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String ip = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        if (email == null || email.isBlank()) {
            throw new BadCredentialsException("blank");
        }

        Throttle.Attempt attempt = throttle.attempt(Throttle.Door.LOGIN, email, ip);
        if (!attempt.allowed()) {
            throw failed(email, null, "throttled");
        }
        Optional<Account> found = accounts.findByEmail(email);
        if (found.isEmpty() || found.get().getPasswordHash() == null) {
            encoder.matches(password, decoyHash);
            throw failed(email, found.map(Account::getId).orElse(null), "unknown");
        }
        Account account = found.get();
        if (!encoder.matches(password, account.getPasswordHash())) {
            throw failed(email, account.getId(), "password");
        }
        if (!account.canLogIn()) {
            throw failed(email, account.getId(), account.getStatus().name().toLowerCase(java.util.Locale.ROOT));
        }
        // a right password does not count against the limit
        attempt.refund();

        BashkeUser user = principals.of(account);
        user.eraseCredentials();
        UsernamePasswordAuthenticationToken result;
        if (user.totpEnabled()) {
            result = UsernamePasswordAuthenticationToken.authenticated(user, null, SecondFactor.codeRequired());
        } else if (user.requiresTwoFactor()) {
            result = UsernamePasswordAuthenticationToken.authenticated(user, null, SecondFactor.enrolmentRequired());
        } else {
            result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        }
        result.setDetails(authentication.getDetails());
        return result;
    }

    private BadCredentialsException failed(String email, Long accountId, String reason) {
        audit.recordAs(email, "identity.login.failed", "account", accountId, null, Map.of("email", email, "reason", reason));
        return new BadCredentialsException(reason);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
