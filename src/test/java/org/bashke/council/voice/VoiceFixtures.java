package org.bashke.council.voice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.bashke.council.body.Membership;
import org.bashke.council.meeting.AgendaItemInfo;
import org.bashke.council.meeting.AdoptDecision;
import org.bashke.council.meeting.Agendas;
import org.bashke.council.meeting.DecisionDetails;
import org.bashke.council.meeting.EditAgenda;
import org.bashke.council.meeting.MeetingDetails;
import org.bashke.council.meeting.ScheduleMeeting;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.security.Role;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.bashke.identity.TestAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meetings with agendas (made through the meeting module's own use cases, as the secretariat) and CSO
 * representatives with real accounts (so the report-back has somewhere to write), for the CSO-voice tests.
 *
 * <p>Not a bean (a test component would be scanned into every context, module tests included): made from
 * the application context with {@link #of}.
 */
class VoiceFixtures {

    static final String PASSWORD = "lantern orchard river stone";

    record Meeting(long id, long bodyId, List<AgendaItemInfo> items) {
    }

    /** A representative of a CSO: the person (with a real account) and the principal MockMvc logs in as. */
    record Rep(long accountId, String email, long organisationId, UserDetails principal) {
    }

    private final Membership membership;
    private final ScheduleMeeting schedule;
    private final EditAgenda agenda;
    private final AdoptDecision adopt;
    private final Agendas agendas;
    private final Accounts accounts;
    private final Directory directory;
    private final ApplicationContext context;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;

    static VoiceFixtures of(ApplicationContext c) {
        return new VoiceFixtures(c.getBean(Membership.class), c.getBean(ScheduleMeeting.class), c.getBean(EditAgenda.class),
                c.getBean(AdoptDecision.class), c.getBean(Agendas.class), c.getBean(Accounts.class), c.getBean(Directory.class),
                c, c.getBean(PasswordEncoder.class), c.getBean(TransactionTemplate.class));
    }

    VoiceFixtures(Membership membership, ScheduleMeeting schedule, EditAgenda agenda, AdoptDecision adopt, Agendas agendas,
                  Accounts accounts, Directory directory, ApplicationContext context, PasswordEncoder encoder,
                  TransactionTemplate tx) {
        this.membership = membership;
        this.schedule = schedule;
        this.agenda = agenda;
        this.adopt = adopt;
        this.agendas = agendas;
        this.accounts = accounts;
        this.directory = directory;
        this.context = context;
        this.encoder = encoder;
        this.tx = tx;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    long councilId() {
        return membership.body("KQ").orElseThrow().id();
    }

    /** A person acting with these scoped roles (identity's {@code Principals}). */
    static UserDetails principal(long accountId, String email, String name, Map<Role, Set<Long>> scopes) {
        return org.bashke.identity.Principals.of(accountId, email, name, scopes);
    }

    static UserDetails secretariat() {
        return principal(0L, "sekretariati@bashke.demo", "Sekretariati", Map.of(Role.SECRETARIAT, Set.of()));
    }

    /** A demo person as a principal with their real account id (e.g. the CSO co-chair keshilli@bashke.demo). */
    UserDetails demo(String email, Map<Role, Set<Long>> scopes) {
        AccountSummary a = accounts.accountByEmail(email).orElseThrow();
        return principal(a.id(), a.email(), a.displayName(), scopes);
    }

    /** A Council meeting {@code inDays} from now with two agenda items, scheduled by the secretariat. */
    Meeting councilMeeting(int inDays) {
        return asSecretariat(() -> {
            Instant start = Instant.now().plus(Duration.ofDays(inDays));
            var outcome = schedule.schedule(councilId(), new MeetingDetails(LocalizedText.same(unique("Mbledhja")), start,
                    start.plus(Duration.ofHours(3)), "Prishtinë", null, null));
            if (outcome.id() == null) {
                throw new IllegalStateException("meeting not scheduled: " + outcome.problems());
            }
            agenda.add(outcome.id(), new EditAgenda.ItemDetails(LocalizedText.of(Language.SQ, "Plani i veprimit 2027",
                    "Akcioni plan 2027", "Action plan 2027"), "Sekretariati", true));
            agenda.add(outcome.id(), new EditAgenda.ItemDetails(LocalizedText.of(Language.SQ, "Raporti vjetor",
                    "Godišnji izveštaj", "Annual report"), "ZQM", false));
            return new Meeting(outcome.id(), councilId(), agendas.agenda(outcome.id()));
        });
    }

    /** The meeting took place: moved to an hour ago and marked held; a decision adopted on its first item. */
    long holdWithDecision(Meeting m) {
        return asSecretariat(() -> {
            Instant start = Instant.now().minus(Duration.ofHours(1));
            var summary = agendas.meeting(m.id()).orElseThrow();
            var re = schedule.reschedule(m.id(), new MeetingDetails(summary.title(), start, start.plus(Duration.ofMinutes(30)),
                    "Prishtinë", null, null));
            if (!re.problems().isEmpty()) {
                throw new IllegalStateException("not rescheduled: " + re.problems());
            }
            schedule.change(m.id(), ScheduleMeeting.Change.HOLD);
            var decision = adopt.adopt(m.id(), new DecisionDetails(m.items().get(0).id(),
                    LocalizedText.same("Plani i veprimit miratohet me ndryshimet e propozuara nga OSHC-të."), null,
                    "Zyra për Qeverisje të Mirë", LocalDate.now().plusMonths(2), null));
            if (decision.id() == null) {
                throw new IllegalStateException("decision not adopted: " + decision.problems());
            }
            return decision.id();
        });
    }

    long cso(String name) {
        return directory.findOrganisations(name, OrganisationType.CSO, 5).stream().findFirst().orElseThrow().id();
    }

    /** A new person representing the CSO, with {@link #PASSWORD}, writing in {@code language}. */
    Rep representative(String csoName, String language) {
        long org = cso(csoName);
        String email = "rep-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String name = unique("Përfaqësuesi");
        long accountId = context.getBean(TestAccounts.class).person(email, name, PASSWORD, language,
                Map.of(Role.CSO_REPRESENTATIVE, Set.of(org))).id();
        return new Rep(accountId, email, org, principal(accountId, email, name, Map.of(Role.CSO_REPRESENTATIVE, Set.of(org))));
    }

    static <T> T as(UserDetails user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    static <T> T asSecretariat(Supplier<T> work) {
        return as(secretariat(), work);
    }
}
