package org.bashke.consultation.facade;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bashke.consultation.ComplianceCounts;
import org.bashke.consultation.ConsultationStage;
import org.bashke.consultation.ConsultationSummary;
import org.bashke.consultation.Consultations;
import org.bashke.consultation.draft.AnswerOutcome;
import org.bashke.consultation.draft.Comment;
import org.bashke.consultation.draft.CommentRepository;
import org.bashke.consultation.draft.Consultation;
import org.bashke.consultation.draft.ConsultationRepository;
import org.bashke.consultation.plan.PlanItemRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ConsultationsFacade implements Consultations {

    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final PlanItemRepository plan;
    private final org.bashke.identity.Accounts accounts;
    private final org.bashke.audit.AuditLog audit;
    private final org.bashke.consultation.draft.CommentSearchRecords search;

    ConsultationsFacade(ConsultationRepository consultations, CommentRepository comments, PlanItemRepository plan,
                        org.bashke.identity.Accounts accounts, org.bashke.audit.AuditLog audit,
                        org.bashke.consultation.draft.CommentSearchRecords search) {
        this.search = search;
        this.consultations = consultations;
        this.comments = comments;
        this.plan = plan;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Optional<Long> commentOnBehalfOf(long consultationId, long organisationId, long accountId, String body, String language) {
        Optional<Consultation> found = consultations.findById(consultationId).filter(Consultation::acceptsComments);
        Optional<org.bashke.identity.AccountSummary> author = accounts.account(accountId);
        if (found.isEmpty() || author.isEmpty() || body == null || body.isBlank()) {
            return Optional.empty();
        }
        Comment comment = comments.save(new Comment(consultationId, null, accountId, author.get().displayName(), author.get().email(),
                language, organisationId, body.strip(), true, java.time.Instant.now()));
        audit.record("consultation.comment.created", "consultation-comment", comment.getId(), null, comment.auditValues());
        search.changed(found.get(), comment);
        return Optional.of(comment.getId());
    }

    @Override
    public List<ConsultationSummary> openConsultations() {
        return consultations.findByStageOrderByClosesOnAsc(ConsultationStage.WRITTEN).stream().map(Consultation::summary).toList();
    }

    @Override
    public Optional<ConsultationSummary> consultation(long id) {
        return consultations.findById(id).map(Consultation::summary);
    }

    @Override
    public List<ConsultationSummary> ofInstitution(long institutionId) {
        return ofInstitutions(List.of(institutionId));
    }

    @Override
    public List<ConsultationSummary> ofInstitutions(java.util.Collection<Long> institutionIds) {
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        return consultations.findByInstitutionIdInOrderByIdDesc(institutionIds).stream().map(Consultation::summary).toList();
    }

    @Override
    public ComplianceCounts compliance(long institutionId, int year) {
        List<Consultation> held = consultations.findByInstitutionIdAndOpensOnBetween(institutionId,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return counts(institutionId, year, (int) plan.countByInstitutionIdAndYear(institutionId, year), held, outcomes(held));
    }

    /** Every institution of the year from three queries (comments counted in the database), not three per institution. */
    @Override
    public List<ComplianceCounts> compliance(int year) {
        List<Consultation> held = consultations.findByOpensOnBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        java.util.Map<Long, java.util.Map<AnswerOutcome, Long>> received = outcomes(held);
        java.util.Map<Long, Long> planned = plan.findByYear(year).stream()
                .collect(java.util.stream.Collectors.groupingBy(p -> p.getInstitutionId(), java.util.stream.Collectors.counting()));
        java.util.Map<Long, List<Consultation>> heldBy = held.stream()
                .collect(java.util.stream.Collectors.groupingBy(Consultation::getInstitutionId));
        java.util.Set<Long> institutions = new java.util.TreeSet<>(heldBy.keySet());
        institutions.addAll(planned.keySet());
        return institutions.stream().map(id -> counts(id, year, planned.getOrDefault(id, 0L).intValue(),
                heldBy.getOrDefault(id, List.of()), received)).toList();
    }

    /** Per consultation: visible comments by outcome (the null key: not answered yet). Hidden comments are not counted. */
    private java.util.Map<Long, java.util.Map<AnswerOutcome, Long>> outcomes(List<Consultation> held) {
        java.util.Map<Long, java.util.Map<AnswerOutcome, Long>> result = new java.util.HashMap<>();
        if (held.isEmpty()) {
            return result;
        }
        for (Object[] row : comments.countVisiblePerOutcome(held.stream().map(Consultation::getId).toList())) {
            result.computeIfAbsent((Long) row[0], k -> new java.util.HashMap<>()).put((AnswerOutcome) row[1], (Long) row[2]);
        }
        return result;
    }

    /** Hidden comments do not count: they were withdrawn from the record for a published reason. */
    private static ComplianceCounts counts(long institutionId, int year, int planned, List<Consultation> held,
                                           java.util.Map<Long, java.util.Map<AnswerOutcome, Long>> received) {
        long total = 0;
        long unanswered = 0;
        java.util.Map<AnswerOutcome, Long> byOutcome = new java.util.EnumMap<>(AnswerOutcome.class);
        for (Consultation c : held) {
            for (var e : received.getOrDefault(c.getId(), java.util.Map.of()).entrySet()) {
                total += e.getValue();
                if (e.getKey() == null) {
                    unanswered += e.getValue();
                } else {
                    byOutcome.merge(e.getKey(), e.getValue(), Long::sum);
                }
            }
        }
        return new ComplianceCounts(institutionId, year, planned, held.size(),
                (int) held.stream().filter(c -> !c.isNonCompliant()).count(),
                (int) held.stream().filter(c -> c.getStage() == ConsultationStage.REPORT_PUBLISHED).count(),
                (int) total, (int) (total - unanswered),
                byOutcome.getOrDefault(AnswerOutcome.ACCEPTED, 0L).intValue(),
                byOutcome.getOrDefault(AnswerOutcome.PARTLY_ACCEPTED, 0L).intValue(),
                byOutcome.getOrDefault(AnswerOutcome.REJECTED, 0L).intValue());
    }
}
