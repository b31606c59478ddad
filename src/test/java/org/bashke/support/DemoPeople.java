package org.bashke.support;

import java.util.Map;
import java.util.Optional;

/**
 * The demo accounts of the README (created by identity's DemoAccounts), one per role column of the
 * permission matrix, for journeys that log in through the real forms.
 */
public final class DemoPeople {

    public static final String PASSWORD = "bashke-demo-2026";

    /** One demo person; {@code totpSecret} for those whose role requires two-factor login. */
    public record Person(String email, Optional<String> totpSecret) {
    }

    /** By matrix column (see {@link MatrixPrincipals#COLUMNS}). */
    public static final Map<String, Person> BY_ROLE = Map.of(
            "member", new Person("anetar@bashke.demo", Optional.empty()),
            "cso_representative", new Person("oshc@bashke.demo", Optional.empty()),
            "council_member", new Person("keshilli@bashke.demo", Optional.empty()),
            "government_officer", new Person("zyra@bashke.demo", Optional.of("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U")),
            "hub_coordinator", new Person("qendra.prizren@bashke.demo", Optional.empty()),
            "secretariat", new Person("sekretariati@bashke.demo", Optional.of("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")),
            "admin", new Person("admin@bashke.demo", Optional.of("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")));

    private DemoPeople() {
    }
}
