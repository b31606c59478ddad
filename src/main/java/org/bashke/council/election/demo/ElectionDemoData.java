package org.bashke.council.election.demo;

import java.time.Instant;
import java.time.LocalDate;
import org.bashke.audit.AuditLog;
import org.bashke.council.BodySummary;
import org.bashke.council.body.Membership;
import org.bashke.council.election.Election;
import org.bashke.council.election.ElectionKind;
import org.bashke.council.election.ElectionRepository;
import org.bashke.council.election.ElectionSearchRecord;
import org.bashke.council.election.ElectionSettings;
import org.bashke.council.election.EligibilityRule;
import org.bashke.council.election.ManageElections;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * So that a newcomer finds an election to look at and the demo CSO representative one to apply to: an
 * open call for a by-election to one CSO seat of the demo Council (after its demo data, order 150).
 * Does nothing when the Council is missing or any election exists.
 */
@Component
@Order(160)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class ElectionDemoData implements ApplicationRunner {

    private final Membership membership;
    private final ElectionRepository elections;
    private final ElectionSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ElectionDemoData(Membership membership, ElectionRepository elections, ElectionSettings settings, AuditLog audit,
                     ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.membership = membership;
        this.elections = elections;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (elections.count() > 0) {
                return;
            }
            LocalDate today = ManageElections.today();
            BodySummary council = membership.body("KQ").orElse(null);
            Long term = council == null ? null : membership.termId(council.id(), today.plusDays(31)).orElse(null);
            if (term == null) {
                return;
            }
            Election e = elections.save(new Election(council.id(), term, ElectionKind.BY_ELECTION,
                    LocalizedText.of(Language.SQ, "Zgjedhje plotësuese për një vend të OSHC-ve në Këshill",
                            "Dopunski izbori za jedno mesto OCD u Savetu", "By-election for one CSO seat on the Council"),
                    LocalizedText.of(Language.SQ,
                            "Një vend i shoqërisë civile në Këshill është i lirë. OSHC-të e regjistruara mund të propozojnë një kandidat me motivim dhe CV. Votojnë OSHC-të që regjistrohen për të votuar para afatit; numërimi bëhet publikisht.",
                            "Jedno mesto civilnog društva u Savetu je upražnjeno. Registrovane OCD mogu predložiti kandidata sa motivacijom i CV-jem. Glasaju OCD koje se prijave za glasanje pre roka; prebrojavanje je javno.",
                            "One civil society seat on the Council is vacant. Registered CSOs may put forward a candidate with a motivation and a CV. CSOs that register to vote before the deadline vote; the count is public."),
                    1, today.plusDays(20), EligibilityRule.REGISTERED, today.plusDays(25), today.plusDays(30), today.plusDays(31),
                    settings.inspectionDays(), today, Instant.now()));
            audit.recordAs("demo", "council.election.created", "election", e.getId(), null, e.auditValues());
            events.publishEvent(ElectionSearchRecord.of(e));
        });
    }
}
