package org.bashke.network.internship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.text.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat publishes a call for interns, for CiviKos or for an organisation of the directory. */
@Component
public class PublishInternshipCall {

    /** What the secretariat wrote; selectors are given by their e-mail addresses. */
    public record NewCall(Long hostOrganisationId, LocalizedText topic, LocalizedText description, int durationMonths,
                          int places, LocalDate deadline, Integer retentionDays, List<String> selectorEmails) {
    }

    private final InternshipCalls calls;
    private final Directory directory;
    private final Accounts accounts;
    private final InternshipAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final int defaultRetentionDays;
    private final String civikosRegion;

    PublishInternshipCall(InternshipCalls calls, Directory directory, Accounts accounts, InternshipAccess access, AuditLog audit,
                          Optional<Clock> clock, @Value("${bashke.network.internship.retention-days:180}") int defaultRetentionDays,
                          @Value("${bashke.network.civikos-region:PRI}") String civikosRegion) {
        this.calls = calls;
        this.directory = directory;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
        this.defaultRetentionDays = defaultRetentionDays;
        this.civikosRegion = civikosRegion;
    }

    public int defaultRetentionDays() {
        return defaultRetentionDays;
    }

    @Transactional
    public InternshipCall publish(NewCall c) {
        access.mustBeSecretariat();
        String region = civikosRegion;
        if (c.hostOrganisationId() != null) {
            OrganisationSummary host = directory.organisation(c.hostOrganisationId())
                    .orElseThrow(() -> new InternshipRuleBroken("network.internship.rule.host", "hostOrganisationId"));
            region = host.regionCode();
        }
        if (c.deadline() == null || c.deadline().isBefore(LocalDate.now(clock))) {
            throw new InternshipRuleBroken("network.internship.rule.deadline", "deadline");
        }
        Set<Long> selectors = new LinkedHashSet<>();
        for (String email : c.selectorEmails()) {
            if (email == null || email.isBlank()) {
                continue;
            }
            AccountSummary a = accounts.accountByEmail(email.strip())
                    .orElseThrow(() -> new InternshipRuleBroken("network.internship.rule.selectorUnknown", "selectors"));
            selectors.add(a.id());
        }
        int retention = c.retentionDays() == null ? defaultRetentionDays : c.retentionDays();
        if (retention < 1 || retention > 3650) {
            throw new InternshipRuleBroken("network.internship.rule.retention", "retentionDays");
        }
        InternshipCall call = calls.save(new InternshipCall(c.hostOrganisationId(), region, c.topic(), c.description(),
                c.durationMonths(), c.places(), c.deadline(), retention, selectors, access.actorName(), clock.instant()));
        audit.record("network.internship.call.published", "internship-call", call.getId(), null, call.audit());
        return call;
    }
}
