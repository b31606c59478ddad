package org.bashke.network.representation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.network.position.ManagePositions;
import org.bashke.network.position.MemberAccess;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of where CiviKos is represented: the secretariat records mandates and the report-back dates;
 * each representative files their reports; the secretariat sees what is overdue.
 */
@Service
public class ManageRepresentation {

    /** A mandate as the secretariat records it. */
    public record Mandate(PlaceKind kind, LocalizedText place, String representativeName, Long accountId, Long organisationId,
                          String nominatingDecision, LocalDate start, LocalDate end, LocalizedText mandate) {
    }

    /** A place with its reports, for the pages. */
    public record Entry(Representation representation, List<RepresentationReport> reports) {
    }

    private final NetworkRepresentationRepository representations;
    private final NetworkRepresentationReportRepository reports;
    private final MemberAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ManageRepresentation(NetworkRepresentationRepository representations, NetworkRepresentationReportRepository reports,
                         MemberAccess access, AuditLog audit, Optional<Clock> clock) {
        this.representations = representations;
        this.reports = reports;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public Representation register(Mandate m) {
        access.mustBeSecretariat();
        if (m.place() == null || m.place().isEmpty()) {
            throw new RepresentationRuleBroken("network.representation.rule.placeRequired");
        }
        if (m.representativeName() == null || m.representativeName().isBlank()) {
            throw new RepresentationRuleBroken("network.representation.rule.representativeRequired");
        }
        if (m.nominatingDecision() == null || m.nominatingDecision().isBlank()) {
            throw new RepresentationRuleBroken("network.representation.rule.decisionRequired");
        }
        if (m.start() == null || (m.end() != null && m.end().isBefore(m.start()))) {
            throw new RepresentationRuleBroken("network.representation.rule.period");
        }
        Representation r = representations.save(new Representation(m.kind(), m.place(), m.representativeName().strip(), m.accountId(),
                m.organisationId(), m.nominatingDecision().strip(), m.start(), m.end(), m.mandate(), clock.instant()));
        audit.record("network.representation.registered", "network-representation", r.getId(), null, r.audit());
        return r;
    }

    @Transactional
    public RepresentationReport reportDue(long representationId, LocalDate dueOn) {
        access.mustBeSecretariat();
        find(representationId);
        if (dueOn == null) {
            throw new RepresentationRuleBroken("network.representation.rule.dueRequired");
        }
        if (reports.findByRepresentationIdOrderByDueOnAsc(representationId).stream().anyMatch(r -> r.getDueOn().equals(dueOn))) {
            throw new RepresentationRuleBroken("network.representation.rule.dueTwice");
        }
        RepresentationReport r = reports.save(new RepresentationReport(representationId, dueOn));
        audit.record("network.representation.report-due", "network-representation", representationId, null, Map.of("dueOn", dueOn));
        return r;
    }

    /** The representative (only they) files the report owed on one date. */
    @Transactional
    public void file(long reportId, String body) {
        long me = access.currentAccountId().orElseThrow(() -> new NotFoundException("report", reportId));
        RepresentationReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        Representation r = find(report.getRepresentationId());
        if (r.getRepresentativeAccountId() == null || r.getRepresentativeAccountId() != me) {
            throw new NotFoundException("report", reportId);
        }
        report.file(body, me, today());
        audit.record("network.representation.report-filed", "network-representation-report", reportId, null,
                Map.of("representation", r.getId(), "dueOn", report.getDueOn()));
    }

    @Transactional(readOnly = true)
    public List<Entry> all() {
        access.mustBeSecretariat();
        return entries(representations.findAllByOrderByPlaceKindAscMandateStartDesc());
    }

    @Transactional(readOnly = true)
    public Entry one(long id) {
        access.mustBeSecretariat();
        return entries(List.of(find(id))).get(0);
    }

    @Transactional(readOnly = true)
    public List<Entry> mine() {
        return access.currentAccountId().map(me -> entries(representations.findByRepresentativeAccountIdOrderByMandateStartDesc(me)))
                .orElse(List.of());
    }

    /** Reports past their date and not filed, oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> overdue() {
        access.mustBeSecretariat();
        LocalDate today = today();
        List<RepresentationReport> late = reports.findByFiledOnIsNullAndDueOnLessThanEqualOrderByDueOnAsc(today.minusDays(1));
        return late.stream().map(r -> new Entry(find(r.getRepresentationId()), List.of(r))).toList();
    }

    /** The public register: mandates in force today. */
    @Transactional(readOnly = true)
    public List<Representation> current() {
        LocalDate today = today();
        return representations.findAllByOrderByPlaceKindAscMandateStartDesc().stream().filter(r -> r.currentOn(today)).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ManagePositions.KOSOVO));
    }

    private List<Entry> entries(List<Representation> list) {
        Map<Long, List<RepresentationReport>> byPlace = reports.findByRepresentationIdInOrderByDueOnAsc(
                list.stream().map(Representation::getId).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(RepresentationReport::getRepresentationId));
        return list.stream().map(r -> new Entry(r, byPlace.getOrDefault(r.getId(), List.of()))).toList();
    }

    private Representation find(long id) {
        return representations.findById(id).orElseThrow(() -> new NotFoundException("representation", id));
    }
}
