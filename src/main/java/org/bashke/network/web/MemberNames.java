package org.bashke.network.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.RegionSummary;
import org.springframework.stereotype.Component;

/** Names of organisations and regions in the reader's language, for the network's pages. */
@Component
public class MemberNames {

    private final Directory directory;

    MemberNames(Directory directory) {
        this.directory = directory;
    }

    public Map<Long, String> organisations(Collection<Long> ids, Locale locale) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        directory.organisations(ids).stream().sorted(java.util.Comparator.comparing(o -> o.name().display(locale)))
                .forEach((OrganisationSummary o) -> names.put(o.id(), o.name().display(locale)));
        return names;
    }

    public Map<String, String> regions(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (RegionSummary r : directory.regions()) {
            names.put(r.code(), r.name().display(locale));
        }
        return names;
    }
}
