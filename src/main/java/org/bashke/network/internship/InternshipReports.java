package org.bashke.network.internship;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme in figures: placements per year, per host and per region, and what mentors and interns said at
 * the end. Interns are not named here.
 */
@Component
public class InternshipReports {

    /** One evaluation as the report shows it: the year, the host (null for CiviKos), the rating and the words. */
    public record Said(int year, Long hostOrganisationId, Integer rating, String text) {
    }

    public record Report(Map<Integer, Long> perYear, Map<Long, Long> perHost, long civikosHosted, Map<String, Long> perRegion,
                         OptionalDouble mentorAverage, OptionalDouble internAverage, List<Said> hostsSaid, List<Said> internsSaid,
                         long applications, long selected) {
    }

    private final InternshipPlacements placements;
    private final InternshipCalls calls;
    private final InternshipAccess access;

    InternshipReports(InternshipPlacements placements, InternshipCalls calls, InternshipAccess access) {
        this.placements = placements;
        this.calls = calls;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Report report() {
        access.mustBeSecretariat();
        List<InternshipPlacement> all = placements.findAllByOrderByStartsOnDesc();
        Map<Integer, Long> perYear = new TreeMap<Integer, Long>(java.util.Comparator.reverseOrder());
        all.forEach(p -> perYear.merge(p.getStartsOn().getYear(), 1L, Long::sum));
        Map<Long, Long> perHost = all.stream().filter(p -> p.getHostOrganisationId() != null)
                .collect(Collectors.groupingBy(InternshipPlacement::getHostOrganisationId, TreeMap::new, Collectors.counting()));
        long civikos = all.stream().filter(p -> p.getHostOrganisationId() == null).count();
        Map<String, Long> perRegion = all.stream().collect(Collectors.groupingBy(
                p -> Objects.requireNonNullElse(p.getRegionCode(), "-"), TreeMap::new, Collectors.counting()));
        List<Said> hosts = new ArrayList<>();
        List<Said> interns = new ArrayList<>();
        for (InternshipPlacement p : all) {
            if (p.getMentorEvaluation() != null) {
                hosts.add(new Said(p.getEndsOn().getYear(), p.getHostOrganisationId(), p.getMentorRating(), p.getMentorEvaluation()));
            }
            if (p.getInternEvaluation() != null) {
                interns.add(new Said(p.getEndsOn().getYear(), p.getHostOrganisationId(), p.getInternRating(), p.getInternEvaluation()));
            }
        }
        List<InternshipCall> closed = calls.findAllByOrderByIdDesc().stream()
                .filter(c -> c.getStatus() == InternshipCall.Status.CLOSED).toList();
        return new Report(perYear, perHost, civikos, perRegion,
                hosts.stream().mapToInt(Said::rating).average(), interns.stream().mapToInt(Said::rating).average(),
                hosts, interns, closed.stream().mapToLong(InternshipCall::getApplicationsCount).sum(),
                closed.stream().mapToLong(InternshipCall::getSelectedCount).sum());
    }

}
