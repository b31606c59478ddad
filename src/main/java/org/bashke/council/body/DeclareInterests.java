package org.bashke.council.body;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.bashke.audit.AuditLog;
import org.bashke.council.meeting.Agendas;
import org.bashke.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members file their own conflict-of-interest declarations, for a term in which they hold (or held) a seat
 * or are a seat's substitute, optionally for one agenda item. Declarations are public.
 */
@Service
@Transactional
public class DeclareInterests {

    private final DeclarationRepository declarations;
    private final TermRepository terms;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ObjectProvider<Agendas> agendas;

    DeclareInterests(DeclarationRepository declarations, TermRepository terms, CurrentUser currentUser, AuditLog audit,
                     ObjectProvider<Agendas> agendas) {
        this.agendas = agendas;
        this.declarations = declarations;
        this.terms = terms;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The terms the person logged in may declare for. */
    @Transactional(readOnly = true)
    public List<Term> termsOfCurrentUser() {
        return currentUser.accountId().map(terms::findWithPerson).orElse(List.of());
    }

    public long file(long termId, Long agendaItemId, boolean nothingToDeclare, String interests) {
        long me = currentUser.accountId().orElseThrow(() -> new AccessDeniedException("not logged in"));
        if (termsOfCurrentUser().stream().noneMatch(t -> Objects.equals(t.getId(), termId))) {
            throw new SeatRuleBroken("council.rule.declaration.notMember");
        }
        Agendas meetings = agendas.getIfAvailable();
        if (agendaItemId != null && meetings != null && meetings.agendaItem(agendaItemId).isEmpty()) {
            throw new SeatRuleBroken("council.rule.declaration.agendaItem");
        }
        Declaration d = declarations.save(new Declaration(termId, me, agendaItemId, nothingToDeclare, interests, Instant.now()));
        audit.record("council.declaration.filed", "declaration", d.getId(), null, d.auditValues());
        return d.getId();
    }

    /** For the demo data, which runs with nobody logged in. */
    public long fileAsSystem(long termId, long accountId, Long agendaItemId, boolean nothingToDeclare, String interests) {
        Declaration d = declarations.save(new Declaration(termId, accountId, agendaItemId, nothingToDeclare, interests, Instant.now()));
        audit.recordAs("system:demo", "council.declaration.filed", "declaration", d.getId(), null, d.auditValues());
        return d.getId();
    }
}
