package org.bashke.monitoring.obligation;

import java.util.List;
import org.bashke.audit.AuditLog;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** The CSO side assesses a government update: one assessment per update, with its own evidence. */
@Service("monitoringAssessUpdate")
public class AssessUpdate {

    public record AssessmentValues(Verdict verdict, LocalizedText narrative, String onBehalfOf, List<String> links,
                                   List<MultipartFile> files) {
    }

    private final ProgressUpdateRepository updates;
    private final AssessmentRepository assessments;
    private final ObligationRepository obligations;
    private final EvidenceRepository evidence;
    private final FileStore files;
    private final ObligationAccess access;
    private final AuditLog audit;
    private final MonitoringClock clock;
    private final PublishObligation publish;

    AssessUpdate(ProgressUpdateRepository updates, AssessmentRepository assessments, ObligationRepository obligations,
                 EvidenceRepository evidence, FileStore files, ObligationAccess access, AuditLog audit, MonitoringClock clock,
                 PublishObligation publish) {
        this.updates = updates;
        this.assessments = assessments;
        this.obligations = obligations;
        this.evidence = evidence;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.publish = publish;
    }

    @Transactional(readOnly = true)
    public ProgressUpdate toAssess(long updateId) {
        access.requireAssess();
        ProgressUpdate u = updates.findById(updateId).orElseThrow(() -> new NotFoundException("monitoring record", "requested"));
        if (assessments.existsByUpdateId(updateId)) {
            throw new MonitoringRuleException(null, "monitoring.rule.assessment.exists");
        }
        return u;
    }

    @Transactional
    public long assess(long updateId, AssessmentValues v) {
        access.requireAssess();
        ProgressUpdate u = updates.findById(updateId).orElseThrow(() -> new NotFoundException("monitoring record", "requested"));
        if (assessments.existsByUpdateId(updateId)) {
            throw new MonitoringRuleException(null, "monitoring.rule.assessment.exists");
        }
        // only the secretariat records an assessment for someone else
        String onBehalfOf = access.isSecretariat() ? v.onBehalfOf() : null;
        Assessment a = assessments.save(new Assessment(u.getId(), v.verdict(), v.narrative(), access.accountId(),
                access.actorName(), onBehalfOf, clock.now()));
        for (String link : v.links() == null ? List.<String>of() : v.links()) {
            evidence.save(Evidence.linkOfAssessment(a.getId(), link));
        }
        for (MultipartFile f : v.files() == null ? List.<MultipartFile>of() : v.files()) {
            if (f != null && !f.isEmpty()) {
                StoredFile stored = files.store("monitoring", f);
                evidence.save(Evidence.fileOfAssessment(a.getId(), stored.id(), stored.filename()));
            }
        }
        audit.record("monitoring.assessment.made", "monitoring-assessment", a.getId(), null, a.snapshot());
        obligations.findById(u.getObligationId()).ifPresent(publish::changed);
        return a.getId();
    }
}
