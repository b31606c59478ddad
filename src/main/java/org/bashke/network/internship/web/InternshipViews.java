package org.bashke.network.internship.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.RegionSummary;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.network.internship.InternshipRuleBroken;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Names for the internship pages: hosts (CiviKos when none), regions and people, in the reader's language. */
@Component
class InternshipViews {

    private final Directory directory;
    private final Accounts accounts;
    private final MessageSource messages;

    InternshipViews(Directory directory, Accounts accounts, MessageSource messages) {
        this.directory = directory;
        this.accounts = accounts;
        this.messages = messages;
    }

    String host(Long organisationId, Locale locale) {
        if (organisationId == null) {
            return messages.getMessage("network.internship.civikos", null, locale);
        }
        return directory.organisation(organisationId).map(o -> o.name().display(locale)).orElse("");
    }

    Map<Long, String> hosts(Collection<Long> ids, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        directory.organisations(ids.stream().filter(Objects::nonNull).distinct().toList())
                .forEach(o -> names.put(o.id(), o.name().display(locale)));
        return names;
    }

    Map<String, String> regions(Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (RegionSummary r : directory.regions()) {
            names.put(r.code(), r.name().display(locale));
        }
        return names;
    }

    List<OrganisationSummary> organisations() {
        return directory.activeOrganisations(null);
    }

    Map<Long, String> people(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        accounts.accounts(ids).forEach(a -> names.put(a.id(), a.displayName()));
        return names;
    }

    Map<Long, AccountSummary> accounts(Collection<Long> ids) {
        Map<Long, AccountSummary> all = new HashMap<>();
        accounts.accounts(ids).forEach(a -> all.put(a.id(), a));
        return all;
    }

    /** Puts a refused rule's message next to its field when the form has one, else at the top. */
    static void reject(BindingResult errors, InternshipRuleBroken e) {
        if (e.field() != null && errors.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(), e.field()) != null) {
            errors.rejectValue(e.field(), e.messageKey());
        } else {
            errors.reject(e.messageKey());
        }
    }
}
