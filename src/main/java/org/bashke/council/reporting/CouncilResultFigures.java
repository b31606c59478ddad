package org.bashke.council.reporting;

import static org.bashke.shared.reporting.ResultFigure.Result.R1;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bashke.shared.followup.FollowUps;
import org.bashke.shared.reporting.ResultFigure;
import org.bashke.shared.reporting.ResultFigures;
import org.bashke.shared.reporting.ResultPeriod;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Council's part of result 1: meetings of the Council and its working teams held, CSO seats filled of
 * the quota, decisions adopted, and how many of them were followed up (through whichever module tracks
 * obligations; without one, no follow-up figures). Meetings and decisions are counted over the period (SUM; the
 * follow-up of the period's decisions is their state today, out of the decisions of the period, which adds up
 * too); CSO seats filled is a state on the period's last day (END_OF_PERIOD).
 */
@Component
class CouncilResultFigures implements ResultFigures {

    private final JdbcTemplate jdbc;
    private final ObjectProvider<FollowUps> followUps;

    CouncilResultFigures(JdbcTemplate jdbc, ObjectProvider<FollowUps> followUps) {
        this.jdbc = jdbc;
        this.followUps = followUps;
    }

    @Override
    public List<ResultFigure> figures(ResultPeriod period) {
        List<ResultFigure> figures = new ArrayList<>();
        figures.add(ResultFigure.count(R1, 10, "council.meetingsHeld", meetingsHeld("COUNCIL", period), "/council/meetings"));
        figures.add(ResultFigure.count(R1, 20, "council.teamMeetingsHeld", meetingsHeld("WORKING_TEAM", period), "/council/meetings"));
        Long quota = jdbc.queryForObject("""
                SELECT COALESCE(SUM(t.civil_society_seats), 0) FROM council_term t JOIN council_body b ON b.id = t.body_id
                WHERE b.kind = 'COUNCIL' AND t.starts_on <= ? AND (t.ends_on IS NULL OR t.ends_on >= ?)""",
                Long.class, period.asOf(), period.asOf());
        Long filled = jdbc.queryForObject("""
                SELECT COUNT(*) FROM council_seat s JOIN council_term t ON t.id = s.term_id JOIN council_body b ON b.id = t.body_id
                WHERE b.kind = 'COUNCIL' AND s.side = 'CIVIL_SOCIETY'
                  AND t.starts_on <= ? AND (t.ends_on IS NULL OR t.ends_on >= ?)
                  AND s.since_on <= ? AND (s.vacated_on IS NULL OR s.vacated_on > ?)""",
                Long.class, period.asOf(), period.asOf(), period.asOf(), period.asOf());
        figures.add(ResultFigure.countOf(R1, 30, "council.csoSeatsFilled", filled, quota, "/council").atEndOfPeriod());
        List<Long> decisions = jdbc.queryForList("SELECT id FROM council_decision WHERE adopted_on BETWEEN ? AND ?",
                Long.class, period.first(), period.last());
        figures.add(ResultFigure.count(R1, 40, "council.decisionsAdopted", decisions.size(), "/council/decisions"));
        FollowUps tracker = followUps.getIfAvailable();
        if (tracker != null) {
            long completed = 0;
            long overdue = 0;
            for (long id : decisions) {
                Optional<FollowUps.FollowUp> f = tracker.followUp("council", "decision", id);
                if (f.isPresent() && "COMPLETED".equals(f.get().status())) {
                    completed++;
                }
                if (f.isPresent() && f.get().overdue()) {
                    overdue++;
                }
            }
            figures.add(ResultFigure.countOf(R1, 50, "council.decisionsFollowedUp", completed, decisions.size(), "/council/decisions"));
            figures.add(ResultFigure.countOf(R1, 60, "council.decisionsOverdue", overdue, decisions.size(), "/council/decisions"));
        }
        return figures;
    }

    private long meetingsHeld(String kind, ResultPeriod period) {
        Long n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM council_meeting m JOIN council_body b ON b.id = m.body_id
                WHERE b.kind = ? AND m.status = 'HELD' AND m.starts_at >= ? AND m.starts_at < ?""",
                Long.class, kind, period.start(), period.end());
        return n == null ? 0 : n;
    }
}
