package org.bashke.network.complaint.demo;

import java.time.Instant;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.identity.Accounts;
import org.bashke.network.complaint.ComplaintBodies;
import org.bashke.network.complaint.ComplaintBody;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The ethics committee that handles complaints, with the demo Council member as its one handler. */
@Component
@Order(630)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class ComplaintDemoData implements ApplicationRunner {

    private static final String ACTOR = "system:network";

    private final ComplaintBodies bodies;
    private final Accounts accounts;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    ComplaintDemoData(ComplaintBodies bodies, Accounts accounts, AuditLog audit, TransactionTemplate transaction) {
        this.bodies = bodies;
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (bodies.count() > 0) {
            return;
        }
        transaction.executeWithoutResult(s -> {
            ComplaintBody body = new ComplaintBody(LocalizedText.of(Language.SQ, "Komisioni i etikës", "Etička komisija",
                    "Ethics committee"), Instant.now());
            accounts.accountByEmail("keshilli@bashke.demo").ifPresent(a -> body.addHandler(a.id()));
            ComplaintBody saved = bodies.save(body);
            audit.recordAs(ACTOR, "network.complaint.body.created", "complaint-body", saved.getId(), null,
                    Map.of("name", "Komisioni i etikës", "handlers", saved.getHandlers()));
        });
    }
}
