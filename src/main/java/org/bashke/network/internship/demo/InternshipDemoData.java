package org.bashke.network.internship.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.bashke.audit.AuditLog;
import org.bashke.identity.Accounts;
import org.bashke.network.internship.InternshipCall;
import org.bashke.network.internship.InternshipCalls;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** One open call for interns at the CiviKos secretariat, with the demo secretariat member as its selector. */
@Component
@Order(620)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class InternshipDemoData implements ApplicationRunner {

    private static final String ACTOR = "system:network";

    private final InternshipCalls calls;
    private final Accounts accounts;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final int retentionDays;

    InternshipDemoData(InternshipCalls calls, Accounts accounts, AuditLog audit, TransactionTemplate transaction,
                       @Value("${bashke.network.internship.retention-days:180}") int retentionDays) {
        this.calls = calls;
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
        this.retentionDays = retentionDays;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (calls.count() > 0) {
            return;
        }
        accounts.accountByEmail("sekretariati@bashke.demo").ifPresent(selector -> transaction.executeWithoutResult(s -> {
            InternshipCall call = calls.save(new InternshipCall(null, "PRI",
                    LocalizedText.of(Language.SQ, "Monitorimi i konsultimeve publike", "Praćenje javnih konsultacija",
                            "Monitoring public consultations"),
                    LocalizedText.of(Language.SQ,
                            "Tre muaj në sekretariatin e CiviKos: ndjekja e konsultimeve në platformë dhe raporti mujor.",
                            "Tri meseca u sekretarijatu CiviKos-a: praćenje konsultacija na platformi i mesečni izveštaj.",
                            "Three months at the CiviKos secretariat: following consultations on the platform and the monthly report."),
                    3, 2, LocalDate.now().plusDays(30), retentionDays, Set.of(selector.id()), ACTOR, Instant.now()));
            audit.recordAs(ACTOR, "network.internship.call.published", "internship-call", call.getId(), null, call.audit());
        }));
    }
}
