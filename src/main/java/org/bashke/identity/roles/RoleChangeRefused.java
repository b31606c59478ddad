package org.bashke.identity.roles;

/** A change the rules refuse; the page shows {@link RoleGrantPolicy.Refusal#key()} next to its field. */
public class RoleChangeRefused extends RuntimeException {

    private final RoleGrantPolicy.Refusal refusal;

    public RoleChangeRefused(RoleGrantPolicy.Refusal refusal) {
        super(refusal.name());
        this.refusal = refusal;
    }

    public RoleGrantPolicy.Refusal refusal() {
        return refusal;
    }
}
