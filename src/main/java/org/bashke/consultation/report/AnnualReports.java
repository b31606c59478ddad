package org.bashke.consultation.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.calendar.WorkingDays;
import org.bashke.consultation.ConsultationStage;
import org.bashke.consultation.draft.AnswerOutcome;
import org.bashke.consultation.draft.Comment;
import org.bashke.consultation.draft.CommentRepository;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link AnnualReport}. Consultations count in the year they opened, plans in their plan year;
 * hidden comments are not counted as contributions (they were withdrawn from the record for a published reason).
 */
@Service
public class AnnualReports {

    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final PlanItemRepository plans;
    private final Directory directory;
    private final WorkingDays workingDays;
    private final ConsultationMeetingRepository meetings;

    AnnualReports(ConsultationRepository consultations, CommentRepository comments, PlanItemRepository plans,
                  Directory directory, WorkingDays workingDays, ConsultationMeetingRepository meetings) {
        this.meetings = meetings;
        this.consultations = consultations;
        this.comments = comments;
        this.plans = plans;
        this.directory = directory;
        this.workingDays = workingDays;
    }

    @Transactional(readOnly = true)
    public AnnualReport report(int year, Locale locale) {
        List<Consultation> held = consultations.findByOpensOnBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<PlanItem> planned = plans.findByYear(year);
        List<Comment> received = comments.findByConsultationIdIn(held.stream().map(Consultation::getId).toList())
                .stream().filter(c -> !c.isHidden()).toList();
        List<ConsultationMeeting> meetingList = meetings.findByConsultationIdIn(held.stream().map(Consultation::getId).toList());
        Set<Long> ids = new TreeSet<>();
        held.forEach(c -> ids.add(c.getInstitutionId()));
        planned.forEach(p -> ids.add(p.getInstitutionId()));
        Map<Long, OrganisationSummary> institutions = directory.organisations(ids).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        Set<Long> municipalities = institutions.values().stream().filter(o -> o.type() == OrganisationType.MUNICIPALITY)
                .map(OrganisationSummary::id).collect(Collectors.toSet());

        List<AnnualReport.Row> rows = new ArrayList<>();
        for (long id : ids) {
            OrganisationSummary o = institutions.get(id);
            rows.add(new AnnualReport.Row(id, o == null ? String.valueOf(id) : o.name().display(locale),
                    municipalities.contains(id), figures(held, planned, received, meetingList, Set.of(id))));
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
        return new AnnualReport(year, figures(held, planned, received, meetingList, ids), figures(held, planned, received, meetingList, central),
                figures(held, planned, received, meetingList, municipalities), rows, without);
    }

    private AnnualReport.Figures figures(List<Consultation> allHeld, List<PlanItem> allPlanned, List<Comment> allReceived,
                                         List<ConsultationMeeting> meetingsHeld, Collection<Long> institutions) {
        List<Consultation> held = allHeld.stream().filter(c -> institutions.contains(c.getInstitutionId())).toList();
        List<PlanItem> planned = allPlanned.stream().filter(p -> institutions.contains(p.getInstitutionId())).toList();
        Set<Long> heldIds = held.stream().map(Consultation::getId).collect(Collectors.toSet());
        List<Comment> received = allReceived.stream().filter(c -> heldIds.contains(c.getConsultationId())).toList();
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
                (int) received.stream().map(Comment::getAuthorAccountId).distinct().count(),
                (int) received.stream().map(Comment::getOrganisationId).filter(Objects::nonNull).distinct().count(),
                received.size(), answered(received, AnswerOutcome.ACCEPTED), answered(received, AnswerOutcome.PARTLY_ACCEPTED),
                answered(received, AnswerOutcome.REJECTED), (int) received.stream().filter(c -> c.getOutcome() == null).count(),
                (int) meetingsHeld.stream().filter(m -> heldIds.contains(m.getConsultationId())).count(),
                meetingsHeld.stream().filter(m -> heldIds.contains(m.getConsultationId())).mapToInt(ConsultationMeeting::getParticipants).sum());
    }

    private static int outcome(List<PlanItem> planned, PlanOutcome outcome) {
        return (int) planned.stream().filter(p -> p.getOutcome() == outcome).count();
    }

    private static int answered(List<Comment> received, AnswerOutcome outcome) {
        return (int) received.stream().filter(c -> c.getOutcome() == outcome).count();
    }
}
