package org.bashke.identity.people;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to the previous and next page of a list, keeping the reader's filters; and dates as people
 * in Kosovo read them. Shared by the pages of this part of the module.
 */
public record PageLinks(int number, int totalPages, long totalElements, String previous, String next) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Belgrade"));

    /** Must be called while handling the request whose query it copies. */
    public static PageLinks of(Page<?> page) {
        String previous = page.hasPrevious() ? href(page.getNumber() - 1) : null;
        String next = page.hasNext() ? href(page.getNumber() + 1) : null;
        return new PageLinks(page.getNumber() + 1, Math.max(1, page.getTotalPages()), page.getTotalElements(), previous, next);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    private static String href(int page) {
        String url = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
        int scheme = url.indexOf("://");
        int path = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        return path < 0 ? "/" : url.substring(path);
    }
}
