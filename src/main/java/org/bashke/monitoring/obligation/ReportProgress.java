package org.bashke.monitoring.obligation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** The responsible institution files a progress update (or corrects one not yet assessed). */
@Service("monitoringReportProgress")
public class ReportProgress {

    /**
     * @param actuals    indicator id → actual value measured on {@code measuredOn} (absent: none this time)
     * @param links      evidence links (http/https)
     * @param files      evidence files
     */
    public record UpdateValues(ObligationStatus status, int percent, String cancelReason, LocalizedText narrative,
                               Map<Long, BigDecimal> actuals, LocalDate measuredOn, List<String> links,
                               List<MultipartFile> files) {
    }

    private final ObligationRepository obligations;
    private final ProgressUpdateRepository updates;
    private final AssessmentRepository assessments;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final EvidenceRepository evidence;
    private final FileStore files;
    private final ObligationAccess access;
    private final AuditLog audit;
    private final MonitoringClock clock;
    private final PublishObligation publish;

    ReportProgress(ObligationRepository obligations, ProgressUpdateRepository updates, AssessmentRepository assessments,
                   IndicatorRepository indicators, IndicatorValueRepository values, EvidenceRepository evidence, FileStore files,
                   ObligationAccess access, AuditLog audit, MonitoringClock clock, PublishObligation publish) {
        this.obligations = obligations;
        this.updates = updates;
        this.assessments = assessments;
        this.indicators = indicators;
        this.values = values;
        this.evidence = evidence;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.publish = publish;
    }

    /** The obligation, if the person may report on it (else 403; unknown: 404). */
    @Transactional(readOnly = true)
    public Obligation toReport(long obligationId) {
        Obligation o = obligations.findById(obligationId).orElseThrow(() -> new NotFoundException("monitoring record", "requested"));
        access.requireReport(o);
        return o;
    }

    @Transactional
    public long file(long obligationId, UpdateValues v) {
        Obligation o = obligations.findById(obligationId).orElseThrow(() -> new NotFoundException("monitoring record", "requested"));
        access.requireReport(o);
        ProgressUpdate u = updates.save(new ProgressUpdate(o.getId(), v.status(), v.percent(), v.cancelReason(), v.narrative(),
                access.accountId(), access.actorName(), clock.now()));
        Map<String, Object> before = o.snapshot();
        o.follow(v.status(), v.percent(), v.cancelReason(), clock.today(), clock.now());
        recordActuals(o, u, v);
        attach(u, v);
        audit.record("monitoring.update.filed", "monitoring-update", u.getId(), null, u.snapshot());
        audit.record("monitoring.obligation.progressed", "monitoring-obligation", o.getId(), before, o.snapshot());
        publish.changed(o);
        return u.getId();
    }

    @Transactional(readOnly = true)
    public ProgressUpdate toCorrect(long updateId) {
        ProgressUpdate u = updates.findById(updateId).orElseThrow(() -> new NotFoundException("monitoring record", "requested"));
        access.requireReport(obligations.findById(u.getObligationId()).orElseThrow(() -> new NotFoundException("monitoring record", "requested")));
        return u;
    }

    /** Corrects the words and figures of an update nobody has assessed yet; evidence can only be added. */
    @Transactional
    public void correct(long updateId, UpdateValues v) {
        ProgressUpdate u = updates.findById(updateId).orElseThrow(() -> new NotFoundException("monitoring record", "requested"));
        Obligation o = obligations.findById(u.getObligationId()).orElseThrow(() -> new NotFoundException("monitoring record", "requested"));
        access.requireReport(o);
        Map<String, Object> before = u.snapshot();
        u.correct(assessments.existsByUpdateId(updateId), v.status(), v.percent(), v.cancelReason(), v.narrative(), clock.now());
        List<ProgressUpdate> history = updates.findByObligationIdOrderByCreatedAtAscIdAsc(o.getId());
        if (history.get(history.size() - 1).getId().equals(u.getId())) {
            Map<String, Object> obligationBefore = o.snapshot();
            o.follow(v.status(), v.percent(), v.cancelReason(), clock.today(), clock.now());
            audit.record("monitoring.obligation.progressed", "monitoring-obligation", o.getId(), obligationBefore, o.snapshot());
        }
        recordActuals(o, u, v);
        attach(u, v);
        audit.record("monitoring.update.corrected", "monitoring-update", u.getId(), before, u.snapshot());
        publish.changed(o);
    }

    private void recordActuals(Obligation o, ProgressUpdate u, UpdateValues v) {
        if (v.actuals() == null || v.actuals().isEmpty()) {
            return;
        }
        LocalDate measured = v.measuredOn() != null ? v.measuredOn() : clock.today();
        for (Indicator i : indicators.findByObligationIdOrderById(o.getId())) {
            BigDecimal actual = v.actuals().get(i.getId());
            if (actual != null) {
                IndicatorValue value = values.save(new IndicatorValue(i, u.getId(), actual, measured, clock.now()));
                audit.record("monitoring.indicator.actual", "monitoring-indicator", i.getId(), null,
                        Map.of("value", actual.toPlainString(), "measuredOn", measured.toString(), "updateId", u.getId(),
                                "valueId", value.getId()));
            }
        }
    }

    private void attach(ProgressUpdate u, UpdateValues v) {
        for (String link : v.links() == null ? List.<String>of() : v.links()) {
            evidence.save(Evidence.linkOfUpdate(u.getId(), link));
        }
        for (MultipartFile f : v.files() == null ? List.<MultipartFile>of() : v.files()) {
            if (f != null && !f.isEmpty()) {
                StoredFile stored = files.store("monitoring", f);
                evidence.save(Evidence.fileOfUpdate(u.getId(), stored.id(), stored.filename()));
            }
        }
    }
}
