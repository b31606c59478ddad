package org.bashke.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.bashke.platform.i18n.Languages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The busiest public pages, kept rendered for readers who are not signed in: the home page, news, hubs.
 * A visitor with no session gets the same bytes as the previous visitor of the same address in the same
 * language, without a database query or a template.
 *
 * <p>Only a 200 HTML answer that set no cookie is kept, and only for a request that carries no cookie
 * but the language one: a person signed in, or anyone holding a session (a flash message, a form's
 * token), is always served fresh. Everything kept goes out of date when a write could have changed a
 * public page: after any request that is not a read, and after the commit of any event one of our modules
 * publishes (a news item published, a meeting scheduled, a decision adopted); what depends on the clock
 * alone (days left in a consultation, the next events) goes out of date after {@code ttl}. The next reader
 * of an out-of-date page renders it again; readers arriving during that render get the previous copy.
 */
final class PublicPageCache extends HttpFilter {

    static final String HEADER = "X-Page-Cache";
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "transfer-encoding", "date",
            "connection", "keep-alive", "cache-control", "vary", HEADER.toLowerCase(Locale.ROOT));
    /**
     * A reader's browser may keep these pages but asks each time whether they changed (the ETag makes that a
     * 304); only the reader's own browser, since the page differs with the language cookie and the session.
     */
    static final String CACHE_CONTROL = "private, no-cache";

    /** What was sent: the body and the header fields to send again. */
    record Page(byte[] body, String contentType, List<Map.Entry<String, String>> headers, String etag) {
    }

    /**
     * A page as rendered in one generation (see {@link #invalidate()}) at one moment. Once out of date, the
     * first reader to find it renders the page again ({@code refreshing}); the others are given this copy
     * until the new one is kept, so that a busy page is never rendered by every reader at once.
     */
    record Kept(Page page, long generation, long keptAt, AtomicBoolean refreshing) {
        Kept(Page page, long generation, long keptAt) {
            this(page, generation, keptAt, new AtomicBoolean());
        }
    }

    private final Cache<String, Kept> pages;
    private final long ttlNanos;
    private final List<PathPattern> paths;
    private final Function<HttpServletRequest, Locale> language;
    private final int maxBytes;
    private final AtomicLong generation = new AtomicLong();

    PublicPageCache(Duration ttl, int maxEntries, int maxBytes, List<String> paths, Function<HttpServletRequest, Locale> language) {
        this.ttlNanos = ttl.toNanos();
        // an out-of-date copy is still worth having for the moment a reader renders it again; one not asked for is let go
        this.pages = Caffeine.newBuilder().expireAfterAccess(ttl.multipliedBy(10)).maximumSize(maxEntries).build();
        PathPatternParser parser = new PathPatternParser();
        this.paths = paths.stream().map(parser::parse).toList();
        this.language = language;
        this.maxBytes = maxBytes;
    }

    /**
     * Marks every kept page out of date. The next reader of each renders it again; a render that started
     * before this call keeps its page marked with the old generation, so it is out of date at once.
     */
    void invalidate() {
        generation.incrementAndGet();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method)) {
            try {
                chain.doFilter(request, response);
            } finally {
                if (!"HEAD".equals(method) && !"OPTIONS".equals(method) && !"TRACE".equals(method)) {
                    invalidate();
                }
            }
            return;
        }
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        String key = language.apply(request).toLanguageTag() + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Kept kept = pages.getIfPresent(key);
        if (kept != null) {
            boolean fresh = fresh(kept);
            if (fresh || !kept.refreshing.compareAndSet(false, true)) {
                replay(kept.page(), request, response, fresh ? "hit" : "stale");
                return;
            }
        }
        // nothing kept, or kept but out of date and this request renders it again: readers meanwhile get the old copy
        long before = generation.get();
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        response.setHeader(HEADER, "miss");
        try {
            chain.doFilter(request, recorder);
            Page rendered = keepable(request, recorder);
            if (rendered != null) {
                pages.put(key, new Kept(rendered, before, System.nanoTime()));
            }
        } finally {
            if (kept != null) {
                kept.refreshing.set(false);
            }
        }
        recorder.copyBodyToResponse();
    }

    private boolean fresh(Kept kept) {
        return kept.generation() == generation.get() && System.nanoTime() - kept.keptAt() < ttlNanos;
    }

    private boolean cacheable(HttpServletRequest request) {
        if (request.getParameter("lang") != null || request.getHeader("HX-Request") != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!Languages.COOKIE.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        for (PathPattern pattern : paths) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private Page keepable(HttpServletRequest request, ContentCachingResponseWrapper recorder) {
        String type = recorder.getContentType();
        if (recorder.getStatus() != HttpServletResponse.SC_OK || type == null || !type.startsWith("text/html")
                || recorder.getContentSize() > maxBytes || request.getSession(false) != null
                || !recorder.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : recorder.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT)) && !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                for (String value : recorder.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        return new Page(recorder.getContentAsByteArray(), type, List.copyOf(headers), recorder.getHeader(HttpHeaders.ETAG));
    }

    /** The weak comparison of RFC 9110 (8.8.3.2), enough for a GET: the tags match with any W/ taken off. */
    private static String weakly(String etag) {
        String tag = etag.strip();
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static void replay(Page page, HttpServletRequest request, HttpServletResponse response, String how) throws IOException {
        for (Map.Entry<String, String> header : page.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setHeader(HEADER, how);
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (page.etag() != null && asked != null && weakly(asked).equals(weakly(page.etag()))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
