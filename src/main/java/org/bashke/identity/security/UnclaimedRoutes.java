package org.bashke.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The last rule: a request that reaches a controller but that no module's {@link
 * org.bashke.shared.security.RouteRules} claimed is denied (a route without a rule is a bug, and the
 * permission-matrix test names it); a request for no route at all goes on to the 404 page.
 */
final class UnclaimedRoutes implements AuthorizationManager<RequestAuthorizationContext> {

    private final RequestMappingHandlerMapping handlers;

    UnclaimedRoutes(RequestMappingHandlerMapping handlers) {
        this.handlers = handlers;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(!routeExists(context.getRequest()));
    }

    private boolean routeExists(HttpServletRequest request) {
        try {
            return handlers.getHandler(request) != null;
        } catch (Exception e) {
            return true;
        }
    }
}
