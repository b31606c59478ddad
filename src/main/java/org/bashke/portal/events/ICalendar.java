package org.bashke.portal.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * RFC 5545 text for events, written by hand (a few properties do not justify a library): CRLF line
 * ends, content lines folded at 75 octets without splitting a UTF-8 character, TEXT values escaped.
 * Times are written in UTC ("Z"), which every calendar converts to its user's zone; no VTIMEZONE needed.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    private ICalendar() {
    }

    /** One VEVENT per event; {@code baseUrl} like https://bashke.example (no trailing slash). */
    public static String calendar(List<PortalEvent> events, Locale locale, String baseUrl, String host, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Bashke//Portal//" + locale.getLanguage().toUpperCase(Locale.ROOT));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        for (PortalEvent e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:event-" + e.getId() + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(e.getStartsAt()));
            line(out, "DTEND:" + UTC.format(e.getEndsAt()));
            line(out, "SUMMARY:" + escape(e.getTitle().display(locale)));
            if (e.getDescription() != null && !e.getDescription().display(locale).isBlank()) {
                line(out, "DESCRIPTION:" + escape(org.bashke.portal.text.Markdown.toPlainText(e.getDescription().display(locale))));
            }
            String location = e.getPlace() != null && !e.getPlace().isBlank() ? e.getPlace() : e.getOnlineUrl();
            if (location != null && !location.isBlank()) {
                line(out, "LOCATION:" + escape(location));
            }
            line(out, "URL:" + baseUrl + "/events/" + e.getId());
            line(out, "LAST-MODIFIED:" + UTC.format(e.getUpdatedAt()));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newlines in TEXT values. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** RFC 5545 3.1: lines longer than 75 octets continue on the next line after CRLF + one space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
