package org.bashke.reporting.usage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts a successful GET of a public HTML page by its kind. It reads only the path, the search text's
 * presence and the response status and type; it sets no cookie and keeps nothing about the reader.
 * It runs first, so that a page served from the platform's page cache is counted too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageCountFilter extends OncePerRequestFilter {

    private final PageCounts counts;

    PageCountFilter(PageCounts counts) {
        this.counts = counts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (!"GET".equals(request.getMethod()) || response.getStatus() != HttpServletResponse.SC_OK
                || request.getHeader("HX-Request") != null) {
            return;
        }
        String type = response.getContentType();
        if (type == null || !type.startsWith("text/html")) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PageKinds.of(path, request.getParameter("q")).ifPresent(counts::count);
    }
}
