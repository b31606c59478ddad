package org.bashke.identity.roles;

import java.util.Locale;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.shared.security.Role;
import org.springframework.stereotype.Component;

/** Looks up in the directory the organisation or hub a role is scoped to: its facts for the rules, its name for pages. */
@Component
public class Scopes {

    private final Directory directory;

    Scopes(Directory directory) {
        this.directory = directory;
    }

    /** The facts of the scope the role asks for, picking the organisation or the hub field as the role needs. */
    public ScopeFacts facts(Role role, Long organisationId, Long hubId) {
        if (role == null) {
            return ScopeFacts.none();
        }
        return switch (role.scopeKind()) {
            case ORGANISATION -> ScopeFacts.organisation(organisationId, organisationId == null ? null
                    : directory.organisation(organisationId).filter(o -> !o.archived()).map(OrganisationSummary::type).orElse(null));
            case HUB -> ScopeFacts.hub(hubId, hubId != null && directory.hub(hubId).isPresent());
            case NONE -> ScopeFacts.none();
        };
    }

    /** The scope's name in the reader's language; empty for an unscoped role. */
    public String name(Role.ScopeKind kind, Long id, Locale locale) {
        if (id == null || kind == null) {
            return "";
        }
        return switch (kind) {
            case ORGANISATION -> directory.organisation(id).map(o -> o.name().display(locale)).orElse("#" + id);
            case HUB -> directory.hub(id).map(h -> h.name().display(locale)).orElse("#" + id);
            case NONE -> "";
        };
    }
}
