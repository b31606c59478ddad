package org.bashke.identity.web.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.shared.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The role-and-scope part of the grant and invitation forms. Without JavaScript the organisation is
 * found in two steps (a GET search, then a choice among the results); htmx only swaps the results in place.
 */
@Component
class ScopePicker {

    /** The roles staff hand out: MEMBER is held by everyone who has an account. */
    static final List<Role> GRANTABLE = Arrays.stream(Role.values()).filter(r -> r != Role.MEMBER).toList();

    record Option(long id, String name, String typeKey) {
    }

    private static final int RESULTS = 25;

    private final Directory directory;

    ScopePicker(Directory directory) {
        this.directory = directory;
    }

    /** Puts roles, hubs, organisation types and the organisations found (plus the one chosen) into the model. */
    void fill(Model model, String orgQuery, OrganisationType orgType, Long chosenOrganisationId, Locale locale) {
        model.addAttribute("roles", GRANTABLE);
        model.addAttribute("organisationTypes", OrganisationType.values());
        model.addAttribute("orgQuery", orgQuery == null ? "" : orgQuery);
        model.addAttribute("orgType", orgType);
        model.addAttribute("hubOptions", directory.hubs().stream()
                .map(h -> new Option(h.id(), h.name().display(locale), null)).toList());
        List<Option> found = new ArrayList<>();
        if (chosenOrganisationId != null) {
            directory.organisation(chosenOrganisationId).ifPresent(o -> found.add(option(o, locale)));
        }
        boolean searched = (orgQuery != null && !orgQuery.isBlank()) || orgType != null;
        if (searched) {
            directory.findOrganisations(orgQuery == null ? "" : orgQuery.strip(), orgType, RESULTS).stream()
                    .filter(o -> !o.archived())
                    .filter(o -> chosenOrganisationId == null || o.id() != chosenOrganisationId)
                    .map(o -> option(o, locale))
                    .forEach(found::add);
        }
        model.addAttribute("organisationOptions", found);
        model.addAttribute("organisationSearched", searched);
    }

    private static Option option(OrganisationSummary o, Locale locale) {
        String name = o.name().display(locale) + (o.acronym() == null || o.acronym().isBlank() ? "" : " (" + o.acronym() + ")");
        return new Option(o.id(), name, "identity.admin.organisationType." + o.type().name());
    }
}
