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

    ConsultationsFacade(ConsultationRepository consultations, CommentRepository comments, PlanItemRepository plan,
                        org.bashke.identity.Accounts accounts, org.bashke.audit.AuditLog audit) {
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
    public ComplianceCounts compliance(long institutionId, int year) {
        List<Consultation> held = consultations.findByInstitutionIdAndOpensOnBetween(institutionId,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<Comment> received = comments.findByConsultationIdIn(held.stream().map(Consultation::getId).toList());
        return counts(institutionId, year, (int) plan.countByInstitutionIdAndYear(institutionId, year), held, received);
    }

    /** Every institution of the year from three queries, not three per institution. */
    @Override
    public List<ComplianceCounts> compliance(int year) {
        List<Consultation> held = consultations.findByOpensOnBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        java.util.Map<Long, List<Comment>> received = comments.findByConsultationIdIn(held.stream().map(Consultation::getId).toList())
                .stream().collect(java.util.stream.Collectors.groupingBy(Comment::getConsultationId));
        java.util.Map<Long, Long> planned = plan.findByYear(year).stream()
                .collect(java.util.stream.Collectors.groupingBy(p -> p.getInstitutionId(), java.util.stream.Collectors.counting()));
        java.util.Map<Long, List<Consultation>> heldBy = held.stream()
                .collect(java.util.stream.Collectors.groupingBy(Consultation::getInstitutionId));
        java.util.Set<Long> institutions = new java.util.TreeSet<>(heldBy.keySet());
        institutions.addAll(planned.keySet());
        return institutions.stream().map(id -> {
            List<Consultation> ofInstitution = heldBy.getOrDefault(id, List.of());
            List<Comment> on = ofInstitution.stream().flatMap(c -> received.getOrDefault(c.getId(), List.of()).stream()).toList();
            return counts(id, year, planned.getOrDefault(id, 0L).intValue(), ofInstitution, on);
        }).toList();
    }

    /** Hidden comments do not count: they were withdrawn from the record for a published reason. */
    private static ComplianceCounts counts(long institutionId, int year, int planned, List<Consultation> held,
                                           List<Comment> allReceived) {
        List<Comment> received = allReceived.stream().filter(c -> !c.isHidden()).toList();
        return new ComplianceCounts(institutionId, year, planned, held.size(),
                (int) held.stream().filter(c -> !c.isNonCompliant()).count(),
                (int) held.stream().filter(c -> c.getStage() == ConsultationStage.REPORT_PUBLISHED).count(),
                received.size(), (int) received.stream().filter(Comment::isAnswered).count(),
                count(received, AnswerOutcome.ACCEPTED), count(received, AnswerOutcome.PARTLY_ACCEPTED),
                count(received, AnswerOutcome.REJECTED));
    }

    private static int count(List<Comment> list, AnswerOutcome outcome) {
        return (int) list.stream().filter(c -> c.getOutcome() == outcome).count();
    }
}
