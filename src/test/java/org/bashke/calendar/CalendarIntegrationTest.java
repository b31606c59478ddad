package org.bashke.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.bashke.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CalendarIntegrationTest {

    @Autowired WorkingDays workingDays;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @Test
    void the_seeded_calendar_knows_kosovo_holidays_and_the_days_given_in_their_place() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 3, 31))).isFalse();  // Fitër Bajram on a Sunday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();   // Orthodox Easter Monday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 5, 4))).isFalse();   // Labour Day, 1 May on a Saturday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 12, 27))).isFalse(); // Catholic Christmas on a Saturday
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 4, 1), 15)).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(workingDays.holidays(2026)).extracting(h -> h.name(Locale.forLanguageTag("en")))
                .contains("Independence Day of the Republic of Kosovo", "Orthodox Easter Monday", "Eid al-Adha (Kurban Bajram)");
        assertThat(workingDays.holidays(2026).get(0).name(Locale.forLanguageTag("sr-Cyrl"))).isEqualTo("Нова година");
    }

    @Test
    void the_secretariat_adds_changes_and_deletes_a_holiday_each_audited_and_counted_at_once() throws Exception {
        // a year no other test uses, so the shared database is not disturbed
        int year = 2100 + Math.floorMod(UUID.randomUUID().hashCode(), 90);
        LocalDate tuesday = LocalDate.of(year, 3, 1);
        while (tuesday.getDayOfWeek() != java.time.DayOfWeek.TUESDAY) {
            tuesday = tuesday.plusDays(1);
        }
        String name = "Test " + UUID.randomUUID();
        assertThat(workingDays.isWorkingDay(tuesday)).isTrue();

        mvc.perform(post("/admin/holidays/new").with(user("sek").roles("SECRETARIAT")).with(csrf())
                        .param("date", tuesday.toString()).param("nameSq", name).param("nameSr", "Празник")
                        .param("nameEn", name))
                .andExpect(status().is3xxRedirection());
        assertThat(workingDays.isWorkingDay(tuesday)).isFalse();
        long id = jdbc.queryForObject("SELECT id FROM calendar_holiday WHERE name_sq = ?", Long.class, name);
        assertThat(jdbc.queryForObject("SELECT name_sr FROM calendar_holiday WHERE id = ?", String.class, id)).isEqualTo("Praznik");

        LocalDate saturday = tuesday.plusDays(4);
        mvc.perform(post("/admin/holidays/" + id + "/edit").with(user("sek").roles("SECRETARIAT")).with(csrf())
                        .param("date", saturday.toString()).param("nameSq", name).param("nameSr", "Praznik")
                        .param("nameEn", name))
                .andExpect(status().is3xxRedirection());
        assertThat(workingDays.isWorkingDay(tuesday)).isTrue();
        assertThat(workingDays.isWorkingDay(saturday.plusDays(2))).as("the Monday after is given off").isFalse();

        mvc.perform(post("/admin/holidays/" + id + "/delete").with(user("sek").roles("SECRETARIAT")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(workingDays.isWorkingDay(saturday.plusDays(2))).isTrue();

        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE record_type = 'holiday' AND record_id = ? ORDER BY seq",
                String.class, String.valueOf(id)))
                .containsExactly("calendar.holiday.created", "calendar.holiday.updated", "calendar.holiday.deleted");
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_entry WHERE record_type = 'holiday' AND record_id = ? ORDER BY seq LIMIT 1",
                String.class, String.valueOf(id))).isEqualTo("sek");
    }

    @Test
    void bad_input_is_shown_next_to_the_field_and_nothing_is_saved() throws Exception {
        String name = "Bad " + UUID.randomUUID();
        mvc.perform(post("/admin/holidays/new").with(user("sek").roles("SECRETARIAT")).with(csrf()).param("lang", "en")
                        .param("date", "17.02.2026").param("nameSq", name).param("nameSr", "").param("nameEn", name))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter a date as year-month-day")))
                .andExpect(content().string(Matchers.containsString("Enter the name.")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM calendar_holiday WHERE name_sq = ?", Long.class, name)).isZero();
    }

    @Test
    void the_holiday_pages_are_for_the_secretariat_and_admins_not_members() throws Exception {
        mvc.perform(get("/admin/holidays").param("year", "2026").with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/holidays").param("year", "2026").param("lang", "sq").with(user("s").roles("SECRETARIAT")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dita e Pavarësisë së Republikës së Kosovës")));
        mvc.perform(get("/admin/holidays").param("year", "2027").param("lang", "sr-Cyrl").with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Дан независности Републике Косово")));
        mvc.perform(get("/admin/holidays/new").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
        long newYear = jdbc.queryForObject("SELECT id FROM calendar_holiday WHERE holiday_date = DATE '2026-01-01'", Long.class);
        mvc.perform(get("/admin/holidays/" + newYear + "/edit").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/admin/holidays/" + newYear + "/delete").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/admin/holidays/999999999/edit").with(user("a").roles("ADMIN"))).andExpect(status().isNotFound());
    }
}
