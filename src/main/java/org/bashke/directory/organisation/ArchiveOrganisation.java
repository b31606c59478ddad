package org.bashke.directory.organisation;

import java.time.Instant;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations are archived, never deleted: other modules keep their ids (seats, comments,
 * claims), so an archived one leaves the public lists but its page still answers, with a notice.
 */
@Component
public class ArchiveOrganisation {

    private final Organisations organisations;
    private final AuditLog audit;

    ArchiveOrganisation(Organisations organisations, AuditLog audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    @Transactional
    public void archive(long id) {
        Organisation organisation = find(id);
        if (organisation.isArchived()) {
            return;
        }
        Organisation.AuditView before = organisation.auditView();
        organisation.archive(Instant.now());
        organisations.saveAndFlush(organisation);
        audit.record("directory.organisation.archived", "organisation", id, before, organisation.auditView());
    }

    @Transactional
    public void unarchive(long id) {
        Organisation organisation = find(id);
        if (!organisation.isArchived()) {
            return;
        }
        Organisation.AuditView before = organisation.auditView();
        organisation.unarchive(Instant.now());
        organisations.saveAndFlush(organisation);
        audit.record("directory.organisation.unarchived", "organisation", id, before, organisation.auditView());
    }

    private Organisation find(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }
}
