package org.bashke.shared.security;

/**
 * The roles of DESIGN.md. Scoped roles act only for one organisation or hub; the scope lives
 * with the assignment in {@code identity}, the name lives here so every module can write its rules.
 */
public enum Role {
    MEMBER(ScopeKind.NONE),
    CSO_REPRESENTATIVE(ScopeKind.ORGANISATION),
    COUNCIL_MEMBER(ScopeKind.NONE),
    GOVERNMENT_OFFICER(ScopeKind.ORGANISATION),
    HUB_COORDINATOR(ScopeKind.HUB),
    SECRETARIAT(ScopeKind.NONE),
    ADMIN(ScopeKind.NONE);

    public enum ScopeKind { NONE, ORGANISATION, HUB }

    private final ScopeKind scopeKind;

    Role(ScopeKind scopeKind) {
        this.scopeKind = scopeKind;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    /** Roles whose holders must use two-factor login. */
    public boolean requiresTwoFactor() {
        return this == ADMIN || this == SECRETARIAT || this == GOVERNMENT_OFFICER;
    }

    /** The Spring Security authority, e.g. {@code ROLE_SECRETARIAT}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
