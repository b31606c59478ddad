package org.bashke.fund.rules;

import java.time.Clock;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.CurrentUser;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat drafts, edits and publishes versions of the rules. */
@Component
public class EditRules {

    private final RulesVersions versions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final RulesInSearch search;
    private final Clock clock;

    EditRules(RulesVersions versions, AuditLog audit, CurrentUser currentUser, RulesInSearch search, Optional<Clock> clock) {
        this.search = search;
        this.versions = versions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A new draft version for the year its start date falls in, numbered after the year's last one. */
    @Transactional
    public RulesVersion draft(RulesVersion.RulesValues values) {
        int year = values.effectiveFrom().getYear();
        int number = versions.findFirstByYearOrderByNumberDesc(year).map(v -> v.getNumber() + 1).orElse(1);
        RulesVersion v = versions.save(new RulesVersion(year, number, values, clock.instant()));
        audit.record("support.rules.drafted", "rules", v.getId(), null, v.audit());
        return v;
    }

    @Transactional
    public RulesVersion edit(long id, RulesVersion.RulesValues values) {
        RulesVersion v = versions.findById(id).orElseThrow(() -> new NotFoundException("rules", id));
        var before = v.audit();
        v.edit(values);
        audit.record("support.rules.edited", "rules", id, before, v.audit());
        return v;
    }

    @Transactional
    public RulesVersion publish(long id) {
        RulesVersion v = versions.findById(id).orElseThrow(() -> new NotFoundException("rules", id));
        var before = v.audit();
        v.publish(currentUser.actorName(), clock.instant());
        audit.record("support.rules.published", "rules", id, before, v.audit());
        search.published(v);
        return v;
    }
}
