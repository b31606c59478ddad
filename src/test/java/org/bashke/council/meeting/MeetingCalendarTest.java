package org.bashke.council.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class MeetingCalendarTest {

    @Test
    void a_meeting_is_one_event_with_a_stable_uid_a_sequence_and_folded_lines() {
        Meeting m = MeetingRulesTest.meeting(7, 1, Instant.parse("2026-12-10T09:00:00Z"));
        ReflectionTestUtils.setField(m, "title", LocalizedText.of(Language.SQ,
                "Takimi i Këshillit për Strategjinë e Bashkëpunimit me Shoqërinë Civile; pika: buxheti, raportet", null, null));
        m.convene("s", Instant.parse("2026-12-01T09:00:00Z"));
        String ics = MeetingCalendar.calendar(List.of(m), Locale.forLanguageTag("sq"), "https://bashke.example",
                Instant.parse("2026-12-01T10:00:00Z"), "PUBLISH");
        assertThat(ics).contains("UID:council-meeting-7@bashke.example\r\n", "SEQUENCE:1\r\n",
                "DTSTART:20261210T090000Z\r\n", "STATUS:CONFIRMED\r\n", "URL:https://bashke.example/council/meetings/7\r\n");
        assertThat(ics).contains("\\;").contains("\\,");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n ", "")).contains("Strategjinë e Bashkëpunimit");
    }
}
