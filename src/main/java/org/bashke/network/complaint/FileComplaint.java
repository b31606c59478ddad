package org.bashke.network.complaint;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.shared.text.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person files a complaint about a member organisation. Their account is the contact the handlers
 * answer through: a complaint may withhold the complainant's name from the member concerned and from the
 * public, never from its handlers.
 */
@Component
public class FileComplaint {

    private final ComplaintCases cases;
    private final ComplaintBodies bodies;
    private final Directory directory;
    private final ComplaintAccess access;
    private final ComplaintMail mail;
    private final AuditLog audit;
    private final Clock clock;

    FileComplaint(ComplaintCases cases, ComplaintBodies bodies, Directory directory, ComplaintAccess access, ComplaintMail mail,
                  AuditLog audit, Optional<Clock> clock) {
        this.cases = cases;
        this.bodies = bodies;
        this.directory = directory;
        this.access = access;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public ComplaintCase file(Long organisationId, String subject, String description, boolean withholdName, Locale locale) {
        long me = access.mustBeSignedIn();
        OrganisationSummary org = organisationId == null ? null : directory.organisation(organisationId).orElse(null);
        if (org == null || !org.civikosMember()) {
            throw new ComplaintRuleBroken("network.complaint.rule.member", "organisationId");
        }
        if (subject == null || subject.isBlank() || subject.strip().length() > 300) {
            throw new ComplaintRuleBroken("network.complaint.rule.subject", "subject");
        }
        if (description == null || description.isBlank()) {
            throw new ComplaintRuleBroken("network.complaint.rule.description", "description");
        }
        ComplaintBody body = bodies.findFirstByActiveTrueOrderByIdAsc()
                .orElseThrow(() -> new ComplaintRuleBroken("network.complaint.rule.noBody"));
        ComplaintCase c = cases.save(new ComplaintCase(body.getId(), organisationId, me, withholdName, subject.strip(),
                description.strip(), Language.of(locale).tag(), clock.instant()));
        audit.record("network.complaint.filed", "complaint", c.getId(), null, c.audit());
        mail.send(me, "received", c, "/network/complaints/mine");
        for (long handler : body.getHandlers()) {
            mail.send(handler, "new-case", c, "/network/complaints/cases/" + c.getId());
        }
        return c;
    }
}
