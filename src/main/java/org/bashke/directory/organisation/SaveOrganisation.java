package org.bashke.directory.organisation;

import java.time.Instant;
import java.util.List;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a new organisation or changes one, after {@link OrganisationRules}; each write and its
 * audit entry commit together.
 */
@Component
public class SaveOrganisation {

    private final Organisations organisations;
    private final OrganisationRules rules;
    private final AuditLog audit;

    SaveOrganisation(Organisations organisations, OrganisationRules rules, AuditLog audit) {
        this.organisations = organisations;
        this.rules = rules;
        this.audit = audit;
    }

    @Transactional
    public Outcome create(OrganisationDetails details) {
        List<Problem> problems = rules.check(details, null);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        return Outcome.done(createChecked(details, null));
    }

    @Transactional
    public Outcome update(long id, OrganisationDetails details) {
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
        List<Problem> problems = rules.check(details, id);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        updateChecked(organisation, details, null);
        return Outcome.done(id);
    }

    /**
     * For callers that have already run the rules inside their own transaction (the import, the demo
     * data). {@code actor} null means the person logged in.
     */
    public long createChecked(OrganisationDetails details, String actor) {
        Organisation organisation = organisations.saveAndFlush(Organisation.create(details, Instant.now()));
        record(actor, "directory.organisation.created", organisation.getId(), null, organisation.auditView());
        return organisation.getId();
    }

    public void updateChecked(Organisation organisation, OrganisationDetails details, String actor) {
        Organisation.AuditView before = organisation.auditView();
        organisation.change(details, Instant.now());
        organisations.saveAndFlush(organisation);
        record(actor, "directory.organisation.updated", organisation.getId(), before, organisation.auditView());
    }

    private void record(String actor, String action, long id, Object before, Object after) {
        if (actor == null) {
            audit.record(action, "organisation", id, before, after);
        } else {
            audit.recordAs(actor, action, "organisation", id, before, after);
        }
    }
}
