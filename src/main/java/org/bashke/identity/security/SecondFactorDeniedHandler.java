package org.bashke.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Someone half-way through a login who opens a page that needs their roles is sent to the step they
 * still owe (the code, or enrolment) rather than shown "no access"; everyone else gets the 403 page.
 */
final class SecondFactorDeniedHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if ("GET".equals(request.getMethod()) && SecondFactor.isCodeRequired(auth)) {
            response.sendRedirect(request.getContextPath() + LoginCompletion.SECOND_FACTOR_PAGE);
        } else if ("GET".equals(request.getMethod()) && SecondFactor.isEnrolmentRequired(auth)) {
            response.sendRedirect(request.getContextPath() + LoginCompletion.ENROLMENT_PAGE);
        } else {
            forbidden.handle(request, response, denied);
        }
    }
}
