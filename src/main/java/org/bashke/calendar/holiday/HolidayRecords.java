package org.bashke.calendar.holiday;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bashke.calendar.PublicHoliday;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The calendar_holiday table. */
@Repository
class HolidayRecords {

    private static final String COLUMNS = "id, holiday_date, observed_on, name_sq, name_sr, name_en";
    private static final RowMapper<PublicHoliday> ROW = (rs, i) -> new PublicHoliday(rs.getLong("id"),
            rs.getObject("holiday_date", LocalDate.class), rs.getObject("observed_on", LocalDate.class),
            rs.getString("name_sq"), rs.getString("name_sr"), rs.getString("name_en"));

    private final JdbcTemplate jdbc;

    HolidayRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Holidays dated in the year, plus those of the previous year observed in it (25 Dec on a weekend, say). */
    List<PublicHoliday> touchingYear(int year) {
        return jdbc.query("SELECT " + COLUMNS + " FROM calendar_holiday WHERE holiday_date BETWEEN ? AND ? "
                        + "OR observed_on BETWEEN ? AND ? ORDER BY holiday_date, id", ROW,
                Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)),
                Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)));
    }

    Optional<PublicHoliday> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM calendar_holiday WHERE id = ?", ROW, id).stream().findFirst();
    }

    long insert(HolidayValues v) {
        return jdbc.queryForObject("INSERT INTO calendar_holiday (holiday_date, observed_on, name_sq, name_sr, name_en) "
                + "VALUES (?, ?, ?, ?, ?) RETURNING id", Long.class, Date.valueOf(v.date()),
                v.observedOn() == null ? null : Date.valueOf(v.observedOn()), v.nameSq(), v.nameSr(), v.nameEn());
    }

    void update(long id, HolidayValues v) {
        jdbc.update("UPDATE calendar_holiday SET holiday_date = ?, observed_on = ?, name_sq = ?, name_sr = ?, name_en = ? "
                + "WHERE id = ?", Date.valueOf(v.date()), v.observedOn() == null ? null : Date.valueOf(v.observedOn()),
                v.nameSq(), v.nameSr(), v.nameEn(), id);
    }

    void delete(long id) {
        jdbc.update("DELETE FROM calendar_holiday WHERE id = ?", id);
    }
}
