package org.bashke.network.complaint;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat sets up handling bodies and names their handlers; it sees how many cases each body has,
 * never their content (unless its members are named handlers themselves).
 */
@Component
public class ManageComplaintBodies {

    private final ComplaintBodies bodies;
    private final ComplaintCases cases;
    private final Accounts accounts;
    private final ComplaintAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ManageComplaintBodies(ComplaintBodies bodies, ComplaintCases cases, Accounts accounts, ComplaintAccess access, AuditLog audit,
                          Optional<Clock> clock) {
        this.bodies = bodies;
        this.cases = cases;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public List<ComplaintBody> all() {
        access.mustBeSecretariat();
        return bodies.findAllByOrderByIdAsc();
    }

    public long caseCount(long bodyId) {
        return cases.countByBodyId(bodyId);
    }

    @Transactional
    public ComplaintBody create(LocalizedText name) {
        access.mustBeSecretariat();
        if (name == null || name.isEmpty()) {
            throw new ComplaintRuleBroken("network.complaint.rule.bodyName", "nameSq");
        }
        ComplaintBody body = bodies.save(new ComplaintBody(name, clock.instant()));
        audit.record("network.complaint.body.created", "complaint-body", body.getId(), null, Map.of("name", name.toString()));
        return body;
    }

    @Transactional
    public void addHandler(long bodyId, String email) {
        access.mustBeSecretariat();
        ComplaintBody body = bodies.findById(bodyId).orElseThrow(() -> new NotFoundException("complaint-body", bodyId));
        AccountSummary a = (email == null || email.isBlank()) ? null : accounts.accountByEmail(email.strip()).orElse(null);
        if (a == null) {
            throw new ComplaintRuleBroken("network.complaint.rule.handlerUnknown", "email");
        }
        var before = body.getHandlers();
        body.addHandler(a.id());
        audit.record("network.complaint.body.handlers", "complaint-body", bodyId, Map.of("handlers", before),
                Map.of("handlers", body.getHandlers()));
    }

    @Transactional
    public void removeHandler(long bodyId, long accountId) {
        access.mustBeSecretariat();
        ComplaintBody body = bodies.findById(bodyId).orElseThrow(() -> new NotFoundException("complaint-body", bodyId));
        var before = body.getHandlers();
        body.removeHandler(accountId);
        audit.record("network.complaint.body.handlers", "complaint-body", bodyId, Map.of("handlers", before),
                Map.of("handlers", body.getHandlers()));
    }

    public Map<Long, String> handlerNames(ComplaintBody body) {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        accounts.accounts(body.getHandlers()).forEach(a -> names.put(a.id(), a.displayName() + " <" + a.email() + ">"));
        return names;
    }
}
