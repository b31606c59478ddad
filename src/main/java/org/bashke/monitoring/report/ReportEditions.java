package org.bashke.monitoring.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.council.Council;
import org.bashke.council.DecisionSummary;
import org.bashke.monitoring.obligation.MonitoringClock;
import org.bashke.monitoring.obligation.MonitoringRuleException;
import org.bashke.monitoring.obligation.ObligationAccess;
import org.bashke.monitoring.plan.Strategy;
import org.bashke.monitoring.plan.StrategyRepository;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report's versions: the secretariat drafts one with an introduction, records the Council's
 * approval, and publishes it (its files are then made once, in the background, and kept); a correction of a
 * published version is a new version. Every step is audited.
 */
@Service("monitoringReportEditions")
public class ReportEditions {

    /** The three languages and two formats every version is published in. */
    public static final List<String> LANGUAGES = List.of("sq", "sr", "en");
    public static final List<String> FORMATS = List.of("pdf", "docx");

    private final ReportVersionRepository versions;
    private final ReportFileRepository files;
    private final StrategyRepository strategies;
    private final ReportJobs jobs;
    private final Council council;
    private final ObligationAccess access;
    private final AuditLog audit;
    private final MonitoringClock clock;

    ReportEditions(ReportVersionRepository versions, ReportFileRepository files, StrategyRepository strategies, ReportJobs jobs,
                   Council council, ObligationAccess access, AuditLog audit, MonitoringClock clock) {
        this.versions = versions;
        this.files = files;
        this.strategies = strategies;
        this.jobs = jobs;
        this.council = council;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new draft for a strategy's year; refused while another version of that year is still a draft or approved. */
    @Transactional
    public long draft(long strategyId, int year, LocalizedText introduction) {
        access.requireSecretariat();
        Strategy s = strategies.findById(strategyId)
                .orElseThrow(() -> new MonitoringRuleException("strategyId", "monitoring.rule.report.strategyUnknown"));
        if (year < s.getStartsYear() || year > s.getEndsYear()) {
            throw new MonitoringRuleException("year", "monitoring.rule.workPlan.yearOutside");
        }
        List<ReportVersion> existing = versions.findByStrategyIdAndYearOrderByVersionDesc(strategyId, year);
        if (existing.stream().anyMatch(v -> !v.isPublished())) {
            throw new MonitoringRuleException("year", "monitoring.rule.report.openVersionExists");
        }
        int next = existing.isEmpty() ? 1 : existing.get(0).getVersion() + 1;
        ReportVersion v = versions.save(new ReportVersion(strategyId, year, next, introduction, access.actorName(), clock.now()));
        audit.record("monitoring.report.drafted", "monitoring-report", v.getId(), null, v.snapshot());
        return v.getId();
    }

    @Transactional
    public void editIntroduction(long id, LocalizedText introduction) {
        access.requireSecretariat();
        ReportVersion v = version(id);
        var before = v.snapshot();
        v.editIntroduction(introduction);
        audit.record("monitoring.report.introduction", "monitoring-report", id, before, v.snapshot());
    }

    /**
     * Records the Council's approval. With a decision of the platform's Council, its day, number and link (and its
     * meeting's) are taken from it; otherwise the day and the reference are given by hand.
     */
    @Transactional
    public void recordApproval(long id, Long decisionId, LocalDate approvedOn, String reference) {
        access.requireSecretariat();
        ReportVersion v = version(id);
        var before = v.snapshot();
        if (decisionId != null) {
            DecisionSummary d = council.decision(decisionId)
                    .orElseThrow(() -> new MonitoringRuleException("decisionId", "monitoring.rule.report.decisionUnknown"));
            String meetingUrl = council.meeting(d.meetingId()).map(m -> m.url()).orElse(null);
            v.recordApproval(d.adoptedOn(), d.number(), d.id(), d.url(), meetingUrl, clock.today());
        } else {
            v.recordApproval(approvedOn, reference, null, null, null, clock.today());
        }
        audit.record("monitoring.report.approved", "monitoring-report", id, before, v.snapshot());
    }

    /** Publishes an approved version and queues its six files (three languages, PDF and DOCX). */
    @Transactional
    public void publish(long id) {
        access.requireSecretariat();
        ReportVersion v = version(id);
        var before = v.snapshot();
        // the draft's files were made from a text that could still change: make them again, once, for the record
        List<ReportFile> queued = new java.util.ArrayList<>();
        for (String language : LANGUAGES) {
            for (String format : FORMATS) {
                ReportFile f = files.findByReportIdAndLanguageAndFormat(id, language, format)
                        .orElseGet(() -> new ReportFile(id, language, format, access.actorName(), clock.now()));
                f.requeue(access.actorName(), clock.now());
                queued.add(f);
            }
        }
        files.saveAllAndFlush(queued);
        v.publish(clock.now());
        versions.flush();
        audit.record("monitoring.report.published", "monitoring-report", id, before, v.snapshot());
        queued.forEach(f -> jobs.startAfterCommit(f.getId()));
    }

    /** A correction: the next version of the same year, a draft with the published version's introduction. */
    @Transactional
    public long correct(long id) {
        access.requireSecretariat();
        ReportVersion published = version(id);
        List<ReportVersion> existing = versions.findByStrategyIdAndYearOrderByVersionDesc(published.getStrategyId(), published.getYear());
        if (existing.stream().anyMatch(v -> !v.isPublished())) {
            throw new MonitoringRuleException(null, "monitoring.rule.report.openVersionExists");
        }
        ReportVersion next = versions.save(published.correction(existing.get(0).getVersion() + 1, access.actorName(), clock.now()));
        audit.record("monitoring.report.corrected", "monitoring-report", next.getId(), Map.of("from", id), next.snapshot());
        return next.getId();
    }

    /** Asks for one file of a draft or approved version (a published version's files are made when it is published). */
    @Transactional
    public ReportFile requestFile(long id, String language, String format) {
        access.requireSecretariat();
        ReportVersion v = version(id);
        if (!LANGUAGES.contains(language) || !FORMATS.contains(format)) {
            throw new MonitoringRuleException("format", "monitoring.rule.report.format");
        }
        ReportFile f = files.findByReportIdAndLanguageAndFormat(id, language, format).orElse(null);
        if (v.isPublished() && f != null && f.getState() != ReportFile.State.FAILED) {
            throw new MonitoringRuleException(null, "monitoring.rule.report.published");
        }
        if (f != null && f.isPending()) {
            return f;
        }
        if (f == null) {
            f = files.save(new ReportFile(id, language, format, access.actorName(), clock.now()));
        } else {
            f.requeue(access.actorName(), clock.now());
        }
        audit.record("monitoring.report.fileRequested", "monitoring-report", id, null,
                Map.of("fileJob", f.getId(), "language", language, "format", format));
        jobs.startAfterCommit(f.getId());
        return f;
    }

    /** A version with its strategy and its files by language and format (key {@code sq.pdf}). */
    public record View(ReportVersion version, Strategy strategy, Map<String, ReportFile> files) {

        public ReportFile file(String language, String format) {
            return files.get(language + "." + format);
        }
    }

    /** Every version (the secretariat's list) or only the published ones (the public list), newest year first. */
    @Transactional(readOnly = true)
    public List<View> views(boolean publishedOnly) {
        List<ReportVersion> list = publishedOnly
                ? versions.findByStatusOrderByYearDescStrategyIdAscVersionDesc(ReportVersion.Status.PUBLISHED)
                : versions.findAllByOrderByYearDescStrategyIdAscVersionDesc();
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Strategy> byId = strategies.findAllById(list.stream().map(ReportVersion::getStrategyId).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(Strategy::getId, st -> st));
        Map<Long, List<ReportFile>> filesByReport = files.findByReportIdIn(list.stream().map(ReportVersion::getId).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(ReportFile::getReportId));
        return list.stream().map(v -> view(v, byId.get(v.getStrategyId()), filesByReport.getOrDefault(v.getId(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public View view(long id) {
        ReportVersion v = version(id);
        return view(v, strategies.findById(v.getStrategyId()).orElseThrow(), files.findByReportIdOrderByLanguageAscFormatAsc(id));
    }

    private static View view(ReportVersion v, Strategy s, List<ReportFile> list) {
        Map<String, ReportFile> byKey = new java.util.LinkedHashMap<>();
        list.forEach(f -> byKey.put(f.getLanguage() + "." + f.getFormat(), f));
        return new View(v, s, byKey);
    }

    @Transactional(readOnly = true)
    public ReportVersion version(long id) {
        return versions.findById(id).orElseThrow(() -> new NotFoundException("report", id));
    }
}
