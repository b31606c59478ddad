package org.bashke.fund.eligibility;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.files.FileStore;
import org.bashke.shared.NotFoundException;
import org.bashke.fund.claim.FundAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Organisations declare, once a year, that they lack the means; the secretariat decides with a reason. */
@Component
public class ManageEligibility {

    private final Eligibilities eligibilities;
    private final FileStore files;
    private final FundAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ManageEligibility(Eligibilities eligibilities, FileStore files, FundAccess access, AuditLog audit, Optional<Clock> clock) {
        this.eligibilities = eligibilities;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public record Declaration(long organisationId, int year, boolean lacksMeans, BigDecimal annualBudget, String statement,
                              MultipartFile document) {
    }

    /** @throws org.bashke.files.FileRejected when the document is not a kind the platform keeps */
    @Transactional
    public Eligibility declare(Declaration d) {
        access.mustRepresent(d.organisationId());
        Eligibility e = eligibilities.findByOrganisationIdAndYear(d.organisationId(), d.year())
                .orElseGet(() -> new Eligibility(d.organisationId(), d.year()));
        var before = e.getId() == null ? null : e.audit();
        Long documentId = d.document() == null || d.document().isEmpty() ? null : files.store("fund", d.document()).id();
        e.declare(d.lacksMeans(), d.annualBudget(), d.statement(), documentId, access.accountId(), clock.instant());
        e = eligibilities.save(e);
        audit.record("support.eligibility.declared", "eligibility", e.getId(), before, e.audit());
        return e;
    }

    @Transactional
    public Eligibility decide(long id, boolean eligible, String reason, LocalDate validFrom) {
        Eligibility e = eligibilities.findById(id).orElseThrow(() -> new NotFoundException("eligibility", id));
        var before = e.audit();
        e.decide(eligible, reason, validFrom, access.actorName(), clock.instant());
        audit.record("support.eligibility.decided", "eligibility", id, before, e.audit());
        return e;
    }

    @Transactional(readOnly = true)
    public List<Eligibility> of(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? List.of() : eligibilities.findByOrganisationIdInOrderByYearDesc(organisationIds);
    }

    @Transactional(readOnly = true)
    public List<Eligibility> forYear(int year) {
        return eligibilities.findByYearOrderByStatusAscIdAsc(year);
    }

    @Transactional(readOnly = true)
    public Eligibility get(long id) {
        return eligibilities.findById(id).orElseThrow(() -> new NotFoundException("eligibility", id));
    }
}
