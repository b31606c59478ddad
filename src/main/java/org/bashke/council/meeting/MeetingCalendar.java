package org.bashke.council.meeting;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * RFC 5545 text for meetings (the same hand-written rules as the portal's events: CRLF line ends, content lines
 * folded at 75 octets without splitting a UTF-8 character, TEXT values escaped, times in UTC). One UID per meeting
 * and SEQUENCE from the invitations sent, so a calendar that took the invitation takes the update in its place.
 */
public final class MeetingCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    private MeetingCalendar() {
    }

    /** @param method {@code PUBLISH} for feeds and invitations (answers are given on the site, not by calendar reply) */
    public static String calendar(List<Meeting> meetings, Locale locale, String baseUrl, Instant stamp, String method) {
        String host = host(baseUrl);
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Bashke//Council//" + locale.getLanguage().toUpperCase(Locale.ROOT));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method);
        for (Meeting m : meetings) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:council-meeting-" + m.getId() + "@" + host);
            line(out, "SEQUENCE:" + m.getInvitationsSent());
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(m.getStartsAt()));
            line(out, "DTEND:" + UTC.format(m.getEndsAt()));
            line(out, "SUMMARY:" + escape(m.getTitle().display(locale)));
            String location = m.getPlace() != null ? m.getPlace() : m.getOnlineUrl();
            if (location != null) {
                line(out, "LOCATION:" + escape(location));
            }
            if (m.getOnlineUrl() != null && m.getPlace() != null) {
                line(out, "DESCRIPTION:" + escape(m.getOnlineUrl()));
            }
            line(out, "STATUS:" + switch (m.getStatus()) {
                case CANCELLED -> "CANCELLED";
                case PLANNED, POSTPONED -> "TENTATIVE";
                default -> "CONFIRMED";
            });
            line(out, "URL:" + baseUrl + m.url());
            line(out, "LAST-MODIFIED:" + UTC.format(m.getUpdatedAt()));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String host(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        return host == null ? "bashke" : host;
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newlines in TEXT values. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** RFC 5545 3.1: lines longer than 75 octets continue on the next line after CRLF + one space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
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
