package org.bashke.network.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.security.Role;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The handlers take a case through its steps; the member concerned answers once the case is opened to it. */
@Component
public class HandleComplaint {

    /** A case as one person sees it: {@code handler} false for the member concerned. */
    public record Seen(ComplaintCase complaint, boolean handler) {
    }

    private final ComplaintCases cases;
    private final ComplaintBodies bodies;
    private final ComplaintAccess access;
    private final ComplaintMail mail;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    HandleComplaint(ComplaintCases cases, ComplaintBodies bodies, ComplaintAccess access, ComplaintMail mail, Accounts accounts,
                    AuditLog audit, Optional<Clock> clock) {
        this.cases = cases;
        this.bodies = bodies;
        this.access = access;
        this.mail = mail;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public Seen see(long id) {
        ComplaintCase c = cases.findById(id).orElseThrow(() -> new NotFoundException("complaint", id));
        return new Seen(c, access.mustSee(c));
    }

    /** The cases I handle, then those opened to organisations I represent. */
    @Transactional(readOnly = true)
    public List<ComplaintCase> mine() {
        Long me = access.accountId();
        List<ComplaintCase> out = new ArrayList<>();
        if (me != null) {
            List<Long> myBodies = bodies.handledBy(me);
            if (!myBodies.isEmpty()) {
                out.addAll(cases.findByBodyIdInOrderByFiledAtDesc(myBodies));
            }
        }
        var orgs = access.represented();
        if (!orgs.isEmpty()) {
            cases.findByOrganisationIdInAndOpenedAtIsNotNullOrderByFiledAtDesc(orgs).stream()
                    .filter(c -> out.stream().noneMatch(o -> o.getId().equals(c.getId()))).forEach(out::add);
        }
        return out;
    }

    /** What a complainant sees of their own complaints: the step and, once decided, the outcome. */
    @Transactional(readOnly = true)
    public List<ComplaintCase> filedByMe() {
        return cases.findByComplainantAccountIdOrderByFiledAtDesc(access.mustBeSignedIn());
    }

    /** The complainant's name for the handlers; for the member concerned only when not withheld. */
    public String complainantName(Seen seen) {
        if (!seen.handler() && seen.complaint().isNameWithheld()) {
            return null;
        }
        return accounts.account(seen.complaint().getComplainantAccountId()).map(AccountSummary::displayName).orElse("");
    }

    /** The complainant's e-mail, the contact the handlers answer through: handlers only. */
    public String complainantEmail(Seen seen) {
        return seen.handler() ? accounts.account(seen.complaint().getComplainantAccountId()).map(AccountSummary::email).orElse("") : null;
    }

    @Transactional
    public void openToMember(long id) {
        ComplaintCase c = handled(id);
        Map<String, Object> before = c.audit();
        c.openToMember(clock.instant());
        audit.record("network.complaint.opened", "complaint", id, before, c.audit());
        for (AccountSummary rep : accounts.holders(Role.CSO_REPRESENTATIVE, c.getOrganisationId())) {
            mail.send(rep.id(), "opened", c, "/network/complaints/cases/" + id);
        }
    }

    @Transactional
    public void hearing(long id, LocalDate on, String notes) {
        ComplaintCase c = handled(id);
        Map<String, Object> before = c.audit();
        c.hearing(on, notes);
        audit.record("network.complaint.hearing", "complaint", id, before, c.audit());
    }

    @Transactional
    public void decide(long id, ComplaintCase.Outcome outcome, String reasons) {
        ComplaintCase c = handled(id);
        Map<String, Object> before = c.audit();
        c.decide(outcome, reasons, clock.instant());
        audit.record("network.complaint.decided", "complaint", id, before, c.audit());
        mail.send(c.getComplainantAccountId(), "decided", c, "/network/complaints/mine");
        for (AccountSummary rep : accounts.holders(Role.CSO_REPRESENTATIVE, c.getOrganisationId())) {
            mail.send(rep.id(), "decided", c, "/network/complaints/cases/" + id);
        }
    }

    @Transactional
    public void publish(long id, LocalizedText summary) {
        ComplaintCase c = handled(id);
        Map<String, Object> before = c.audit();
        c.publish(summary, clock.instant());
        audit.record("network.complaint.published", "complaint", id, before, c.audit());
    }

    /** The member concerned (a representative of it) answers the complaint. */
    @Transactional
    public void respond(long id, String text) {
        ComplaintCase c = cases.findById(id).orElseThrow(() -> new NotFoundException("complaint", id));
        if (!ComplaintAccessPolicy.memberSees(c.openedToMember(), c.getOrganisationId(), access.represented())) {
            throw new NotFoundException("complaint", id);
        }
        c.respond(text, clock.instant());
        Map<String, Object> after = new LinkedHashMap<>(c.audit());
        after.put("memberResponded", true);
        audit.record("network.complaint.response", "complaint", id, null, after);
    }

    private ComplaintCase handled(long id) {
        ComplaintCase c = cases.findById(id).orElseThrow(() -> new NotFoundException("complaint", id));
        access.mustHandle(c);
        return c;
    }
}
