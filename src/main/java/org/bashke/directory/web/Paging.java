package org.bashke.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Page links that keep the reader's filters: first, last, and two either side of the current page. */
public final class Paging {

    public record PageLink(int number, String href, boolean current, boolean gapBefore) {
    }

    public record Pages(int page, int pages, long total, String previous, String next, List<PageLink> links) {
    }

    private Paging() {
    }

    public static Pages of(HttpServletRequest request, int page, int pages, long total) {
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 2) {
                links.add(new PageLink(n, href(request, n), n == page, last > 0 && n > last + 1));
                last = n;
            }
        }
        return new Pages(page, pages, total, page > 1 ? href(request, page - 1) : null,
                page < pages ? href(request, page + 1) : null, links);
    }

    private static String href(HttpServletRequest request, int page) {
        String uri = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page", page)
                .replaceQueryParam("lang").build().toUriString();
        int scheme = uri.indexOf("://");
        int path = scheme < 0 ? 0 : uri.indexOf('/', scheme + 3);
        return path < 0 ? "/" : uri.substring(path);
    }
}
