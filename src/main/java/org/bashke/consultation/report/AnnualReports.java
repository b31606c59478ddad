package org.bashke.consultation.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.calendar.WorkingDays;
import org.bashke.consultation.ConsultationStage;
import org.bashke.consultation.draft.Consultation;
import org.bashke.consultation.draft.ConsultationMeeting;
import org.bashke.consultation.draft.ConsultationMeetingRepository;
import org.bashke.consultation.draft.ConsultationRepository;
import org.bashke.consultation.plan.PlanItem;
import org.bashke.consultation.plan.PlanItemRepository;
import org.bashke.consultation.plan.PlanOutcome;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link AnnualReport}. Consultations count in the year they opened, plans in their plan year;
 * hidden comments are not counted as contributions (they were withdrawn from the record for a published reason).
 */
@Service
public class AnnualReports {

    private final ConsultationRepository consultations;
    private final NamedParameterJdbcTemplate jdbc;
    private final PlanItemRepository plans;
    private final Directory directory;
    private final WorkingDays workingDays;
    private final ConsultationMeetingRepository meetings;

    AnnualReports(ConsultationRepository consultations, NamedParameterJdbcTemplate jdbc, PlanItemRepository plans,
                  Directory directory, WorkingDays workingDays, ConsultationMeetingRepository meetings) {
        this.meetings = meetings;
        this.consultations = consultations;
        this.jdbc = jdbc;
        this.plans = plans;
        this.directory = directory;
        this.workingDays = workingDays;
    }

    @Transactional(readOnly = true)
    public AnnualReport report(int year, Locale locale) {
        List<Consultation> held = consultations.findByOpensOnBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<PlanItem> planned = plans.findByYear(year);
        List<ConsultationMeeting> meetingList = meetings.findByConsultationIdIn(held.stream().map(Consultation::getId).toList());
        Set<Long> ids = new TreeSet<>();
        held.forEach(c -> ids.add(c.getInstitutionId()));
        planned.forEach(p -> ids.add(p.getInstitutionId()));
        Map<Long, OrganisationSummary> institutions = directory.organisations(ids).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        Set<Long> municipalities = institutions.values().stream().filter(o -> o.type() == OrganisationType.MUNICIPALITY)
                .map(OrganisationSummary::id).collect(Collectors.toSet());
        ReceivedComments received = received(held, municipalities);

        List<AnnualReport.Row> rows = new ArrayList<>();
        for (long id : ids) {
            OrganisationSummary o = institutions.get(id);
            rows.add(new AnnualReport.Row(id, o == null ? String.valueOf(id) : o.name().display(locale),
                    municipalities.contains(id), figures(held, planned, received.of(id), meetingList, Set.of(id))));
        }
        rows.sort(Comparator.comparing(AnnualReport.Row::municipality).thenComparing(AnnualReport.Row::institution));
        Set<Long> central = new HashSet<>(ids);
        central.removeAll(municipalities);
        List<AnnualReport.WithoutConsultation> without = planned.stream()
                .filter(p -> p.getOutcome() == PlanOutcome.ADOPTED_WITHOUT_CONSULTATION)
                .map(p -> new AnnualReport.WithoutConsultation(
                        institutions.containsKey(p.getInstitutionId()) ? institutions.get(p.getInstitutionId()).name().display(locale) : "",
                        p.getTitle(), p.getOutcomeReason()))
                .toList();
        return new AnnualReport(year, figures(held, planned, received.all(), meetingList, ids),
                figures(held, planned, received.ofKind(false), meetingList, central),
                figures(held, planned, received.ofKind(true), meetingList, municipalities), rows, without);
    }

    /** The comments a set of institutions received: who wrote them and how they were answered (hidden ones left out). */
    record Received(int contributors, int organisations, int comments, int accepted, int partlyAccepted, int rejected,
                    int unanswered) {
        static final Received NONE = new Received(0, 0, 0, 0, 0, 0, 0);
    }

    /** What was received per institution, by municipalities or central institutions ({@code true}: municipalities), and in all. */
    private record ReceivedComments(Map<Long, Received> byInstitution, Map<Boolean, Received> byKind, Received all) {
        Received of(long institution) {
            return byInstitution.getOrDefault(institution, Received.NONE);
        }

        Received ofKind(boolean municipal) {
            return byKind.getOrDefault(municipal, Received.NONE);
        }
    }

    /**
     * The comments on the consultations held, counted by the database in one pass: per institution, for central
     * institutions, for municipalities and in all. A year can hold a million comments; they are never loaded.
     */
    private ReceivedComments received(List<Consultation> held, Set<Long> municipalities) {
        Map<Long, Received> byInstitution = new java.util.HashMap<>();
        Map<Boolean, Received> byKind = new java.util.HashMap<>();
        Received[] all = {Received.NONE};
        if (held.isEmpty()) {
            return new ReceivedComments(byInstitution, byKind, all[0]);
        }
        jdbc.query("""
                SELECT GROUPING(x.institution_id) AS by_all, GROUPING(x.municipal) AS by_kind, x.institution_id, x.municipal,
                       count(DISTINCT x.author_account_id) AS contributors, count(DISTINCT x.organisation_id) AS organisations,
                       count(*) AS comments,
                       count(*) FILTER (WHERE x.outcome = 'ACCEPTED') AS accepted,
                       count(*) FILTER (WHERE x.outcome = 'PARTLY_ACCEPTED') AS partly,
                       count(*) FILTER (WHERE x.outcome = 'REJECTED') AS rejected,
                       count(*) FILTER (WHERE x.outcome IS NULL) AS unanswered
                  FROM (SELECT k.institution_id, k.institution_id = ANY(CAST(:municipalities AS BIGINT[])) AS municipal,
                               c.author_account_id, c.organisation_id, c.outcome
                          FROM consultation_comment c JOIN consultation_consultation k ON k.id = c.consultation_id
                         WHERE c.consultation_id IN (:held) AND c.hidden_reason IS NULL) x
                 GROUP BY GROUPING SETS ((x.institution_id), (x.municipal), ())""",
                new MapSqlParameterSource("held", held.stream().map(Consultation::getId).toList())
                        // an array literal: a Java array would be spread into a list of parameters
                        .addValue("municipalities", "{" + municipalities.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}"),
                rs -> {
                    Received received = new Received(rs.getInt("contributors"), rs.getInt("organisations"), rs.getInt("comments"),
                            rs.getInt("accepted"), rs.getInt("partly"), rs.getInt("rejected"), rs.getInt("unanswered"));
                    if (rs.getInt("by_all") == 0) {
                        byInstitution.put(rs.getLong("institution_id"), received);
                    } else if (rs.getInt("by_kind") == 0) {
                        byKind.put(rs.getBoolean("municipal"), received);
                    } else {
                        all[0] = received;
                    }
                });
        return new ReceivedComments(byInstitution, byKind, all[0]);
    }

    private AnnualReport.Figures figures(List<Consultation> allHeld, List<PlanItem> allPlanned, Received received,
                                         List<ConsultationMeeting> meetingsHeld, Collection<Long> institutions) {
        List<Consultation> held = allHeld.stream().filter(c -> institutions.contains(c.getInstitutionId())).toList();
        List<PlanItem> planned = allPlanned.stream().filter(p -> institutions.contains(p.getInstitutionId())).toList();
        Set<Long> heldIds = held.stream().map(Consultation::getId).collect(Collectors.toSet());
        List<Integer> daysToReport = held.stream()
                .filter(c -> c.getStage() == ConsultationStage.REPORT_PUBLISHED && c.getReportPublishedOn() != null)
                .map(c -> workingDays.workingDaysBetween(c.getClosedOn() != null ? c.getClosedOn() : c.getClosesOn(),
                        c.getReportPublishedOn()))
                .map(d -> Math.max(0, d)).toList();
        return new AnnualReport.Figures(planned.size(), outcome(planned, PlanOutcome.CONSULTED),
                outcome(planned, PlanOutcome.ADOPTED_WITHOUT_CONSULTATION), outcome(planned, PlanOutcome.DROPPED),
                outcome(planned, PlanOutcome.PLANNED), held.size(),
                (int) held.stream().filter(c -> !c.isNonCompliant()).count(),
                (int) held.stream().filter(c -> c.getStage() == ConsultationStage.REPORT_PUBLISHED).count(),
                daysToReport.isEmpty() ? null : daysToReport.stream().mapToInt(Integer::intValue).average().orElse(0),
                received.contributors(), received.organisations(), received.comments(), received.accepted(),
                received.partlyAccepted(), received.rejected(), received.unanswered(),
                (int) meetingsHeld.stream().filter(m -> heldIds.contains(m.getConsultationId())).count(),
                meetingsHeld.stream().filter(m -> heldIds.contains(m.getConsultationId())).mapToInt(ConsultationMeeting::getParticipants).sum());
    }

    private static int outcome(List<PlanItem> planned, PlanOutcome outcome) {
        return (int) planned.stream().filter(p -> p.getOutcome() == outcome).count();
    }
}
