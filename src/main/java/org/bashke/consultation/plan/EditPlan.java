package org.bashke.consultation.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.consultation.DraftType;
import org.bashke.consultation.draft.ConsultationRepository;
import org.bashke.consultation.draft.ConsultationRuleException;
import org.bashke.consultation.draft.InstitutionAccess;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An institution's officers (or the secretariat) keep its annual consultation plan. */
@Service
public class EditPlan {

    private final PlanItemRepository items;
    private final ConsultationRepository consultations;
    private final InstitutionAccess access;
    private final AuditLog audit;

    EditPlan(PlanItemRepository items, ConsultationRepository consultations, InstitutionAccess access, AuditLog audit) {
        this.items = items;
        this.consultations = consultations;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PlanItem> plan(long institutionId, int year) {
        return items.findByInstitutionIdAndYearOrderByQuarterAscIdAsc(institutionId, year);
    }

    @Transactional
    public long add(long institutionId, int year, int quarter, DraftType type, String title) {
        access.requireActsFor(institutionId);
        access.requireConsultingInstitution(institutionId);
        if (type == null || title == null || title.isBlank()) {
            throw new ConsultationRuleException("consultation.rule.plan.titleRequired");
        }
        PlanItem item = items.save(new PlanItem(institutionId, year, quarter, type, title.strip(), Instant.now()));
        audit.record("consultation.plan.added", "consultation-plan-item", item.getId(), null, item.auditValues());
        return item.getId();
    }

    @Transactional
    public void settle(long itemId, PlanOutcome outcome, Long consultationId, String reason) {
        PlanItem item = items.findById(itemId).orElseThrow(() -> new NotFoundException("plan item", itemId));
        access.requireActsFor(item.getInstitutionId());
        if (consultationId != null && consultations.findById(consultationId)
                .filter(c -> c.getInstitutionId() == item.getInstitutionId()).isEmpty()) {
            throw new ConsultationRuleException("consultation.rule.plan.consultationOfInstitution");
        }
        Map<String, Object> before = item.auditValues();
        item.settle(outcome, consultationId, reason);
        audit.record("consultation.plan.settled", "consultation-plan-item", itemId, before, item.auditValues());
    }

    @Transactional(readOnly = true)
    public PlanItem find(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new NotFoundException("plan item", itemId));
    }
}
