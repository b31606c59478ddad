package org.bashke.council.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bashke.council.BodyKind;
import org.bashke.council.body.ManageBodies;
import org.bashke.council.body.Membership;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.shared.security.Role;
import org.bashke.shared.text.LocalizedText;
import org.bashke.support.DemoPeople;
import org.bashke.identity.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * People and places an election test needs: CSO representatives with real accounts (a candidate must be
 * a person who acts for the CSO, and the journey logs them in with the demo password), and a body with a
 * term whose quotas the winners fill. Accounts are made the way identity's demo data makes them; no public
 * API creates an account with a role in one step, and since ModularityTests verifies test code too,
 * identity's internal types (account, role assignment, principal) are reached by name.
 */
final class ElectionPeople {

    record Representative(long accountId, String email, String name, long organisationId) {

        /** The representative as a principal acting for the CSO (identity's {@code Principals}). */
        UserDetails principal() {
            return org.bashke.identity.Principals.of(accountId, email, name, Map.of(Role.CSO_REPRESENTATIVE, Set.of(organisationId)));
        }
    }

    record BodyAndTerm(long bodyId, long termId, String name) {
    }

    private final ApplicationContext context;
    private final Directory directory;
    private final Membership membership;
    private final ManageBodies bodies;

    ElectionPeople(ApplicationContext context) {
        this.context = context;
        this.directory = context.getBean(Directory.class);
        this.membership = context.getBean(Membership.class);
        this.bodies = context.getBean(ManageBodies.class);
    }

    /** The secretariat as a principal (no account behind it: enough for the secretariat's own pages and use cases). */
    static UserDetails secretariat() {
        return org.bashke.identity.Principals.of(900_001L, "sekretariati@election.test", "Sekretariati", Map.of(Role.SECRETARIAT, Set.of()));
    }

    /** {@code count} active CSOs of the directory, each with a new representative (password: the demo one). */
    List<Representative> representatives(int count, String word) {
        List<OrganisationSummary> csos = directory.activeOrganisations(OrganisationType.CSO);
        if (csos.size() < count) {
            throw new IllegalStateException("the demo directory has fewer than " + count + " CSOs");
        }
        List<Representative> reps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OrganisationSummary cso = csos.get(i);
            String email = "rep" + i + "-" + word.toLowerCase() + "@election.test";
            String name = "Kandidat" + (char) ('A' + i) + " " + word;
            long id = createRepresentative(email, name, i % 2 == 0 ? "sq" : "sr-Latn", cso.id());
            reps.add(new Representative(id, email, name, cso.id()));
        }
        return reps;
    }

    private long createRepresentative(String email, String name, String language, long organisationId) {
        return context.getBean(TestAccounts.class).person(email, name, DemoPeople.PASSWORD, language,
                Map.of(Role.CSO_REPRESENTATIVE, Set.of(organisationId))).id();
    }

    /** A new body with a term in force today: {@code governmentSeats} + {@code civilSocietySeats}. */
    BodyAndTerm bodyWithTerm(String word, int governmentSeats, int civilSocietySeats) {
        String name = "Organi " + word;
        long bodyId = membership.createBody("E" + UUID.randomUUID().toString().substring(0, 8), LocalizedText.same(name),
                BodyKind.OTHER, null, null).id();
        LocalDate today = ManageElections.today();
        long termId = bodies.createTerm(bodyId, "2026–2030", today.minusDays(1), today.plusYears(4), governmentSeats,
                civilSocietySeats).getId();
        return new BodyAndTerm(bodyId, termId, name);
    }
}
