package org.bashke.portal.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    static final Instant START = Instant.parse("2026-12-10T09:00:00Z");

    String calendar(String title, String place) {
        PortalEvent e = new PortalEvent(new EventDetails(null, LocalizedText.of(Language.SQ, title, null, null), null,
                START, START.plusSeconds(7200), place, null, null), "editor", START);
        e.publish(true, "editor", START);
        return ICalendar.calendar(List.of(e), Locale.forLanguageTag("sq"), "https://bashke.example", "bashke.example", START);
    }

    @Test
    void every_line_ends_with_crlf_and_none_is_longer_than_75_octets() {
        String ics = calendar("Takim për buxhetin komunal të Prizrenit me organizatat e shoqërisë civile dhe qytetarët e rajonit", "Prizren");
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        // unfolding gives the title back whole, multi-byte letters intact
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:Takim për buxhetin komunal të Prizrenit me organizatat e shoqërisë civile dhe qytetarët e rajonit");
    }

    @Test
    void commas_semicolons_backslashes_and_newlines_are_escaped() {
        String ics = calendar("A, B; C \\ D", "Rruga 1,\nPrishtinë");
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:A\\, B\\; C \\\\ D\r\n");
        assertThat(unfolded).contains("LOCATION:Rruga 1\\,\\nPrishtinë\r\n");
    }

    @Test
    void times_are_written_in_utc() {
        assertThat(calendar("T", null)).contains("DTSTART:20261210T090000Z\r\n").contains("DTEND:20261210T110000Z\r\n")
                .contains("BEGIN:VEVENT").contains("UID:event-");
    }

    @Test
    void folding_never_splits_a_multi_byte_letter() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "SUMMARY:" + "ë".repeat(100));
        for (String part : out.toString().split("\r\n")) {
            String text = part.startsWith(" ") ? part.substring(1) : part;
            assertThat(text.replace("SUMMARY:", "")).matches("ë*");
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }
}
