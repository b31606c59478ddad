package org.bashke.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The end of a login, after the password (form login) or after the second factor: the person's
 * language becomes the page language, the login is audited, and they go where they were heading.
 * After the password alone, when a second factor is due, they go to the code page or the enrolment page.
 */
@Component
public class LoginCompletion implements AuthenticationSuccessHandler {

    public static final String SECOND_FACTOR_PAGE = "/login/2fa";
    public static final String ENROLMENT_PAGE = "/account/2fa/setup";

    private final LocaleResolver localeResolver;
    private final AuditLog audit;
    private final SavedRequestAwareAuthenticationSuccessHandler destination = new SavedRequestAwareAuthenticationSuccessHandler();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    private final AccountPrincipals principals;

    LoginCompletion(LocaleResolver localeResolver, AuditLog audit, AccountPrincipals principals) {
        this.principals = principals;
        this.localeResolver = localeResolver;
        this.audit = audit;
        destination.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (SecondFactor.isCodeRequired(authentication)) {
            response.sendRedirect(request.getContextPath() + SECOND_FACTOR_PAGE);
            return;
        }
        if (SecondFactor.isEnrolmentRequired(authentication)) {
            response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
            return;
        }
        finish(request, response, authentication);
        destination.onAuthenticationSuccess(request, response, authentication);
    }

    /**
     * Replaces a half-done login with the full one once the second factor is given (or enrolled):
     * the person's roles are granted, and the session gets a new id, as at any change of privilege.
     *
     * @return where to send the person next
     */
    public String completeSecondFactor(HttpServletRequest request, HttpServletResponse response, BashkeUser fresh) {
        Authentication previous = holder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        full.setDetails(previous == null ? null : previous.getDetails());
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(full);
        holder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        finish(request, response, full);
        var saved = new org.springframework.security.web.savedrequest.HttpSessionRequestCache().getRequest(request, response);
        if (saved != null && "GET".equals(saved.getMethod())) {
            new org.springframework.security.web.savedrequest.HttpSessionRequestCache().removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        return "/";
    }

    /**
     * After the person changed their own name, language or address: the session's principal is
     * read again, so pages, audit entries and the language switch see the new values.
     */
    public void refreshPrincipal(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = holder.getContext().getAuthentication();
        if (current == null || SecondFactor.isPending(current) || !(current.getPrincipal() instanceof BashkeUser user)) {
            return;
        }
        principals.byId(user.accountId()).ifPresent(fresh -> {
            fresh.eraseCredentials();
            UsernamePasswordAuthenticationToken replaced = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
            replaced.setDetails(current.getDetails());
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(replaced);
            holder.setContext(context);
            contexts.saveContext(context, request, response);
        });
    }

    private void finish(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication.getPrincipal() instanceof BashkeUser user) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(user.languageTag()));
            audit.recordAs(user.email(), "identity.login.succeeded", "account", user.accountId(), null,
                    Map.of("email", user.email(), "secondFactor", user.totpEnabled()));
        }
    }
}
