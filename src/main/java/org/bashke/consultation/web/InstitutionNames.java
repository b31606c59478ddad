package org.bashke.consultation.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.springframework.stereotype.Component;

/** The institutions that can consult — public institutions and municipalities — by name in the reader's language. */
@Component
public class InstitutionNames {

    private final Directory directory;

    InstitutionNames(Directory directory) {
        this.directory = directory;
    }

    public Map<Long, String> byName(Locale locale) {
        List<OrganisationSummary> all = new ArrayList<>(directory.activeOrganisations(OrganisationType.PUBLIC_INSTITUTION));
        all.addAll(directory.activeOrganisations(OrganisationType.MUNICIPALITY));
        all.sort(Comparator.comparing(o -> o.name().display(locale)));
        Map<Long, String> names = new LinkedHashMap<>();
        all.forEach(o -> names.put(o.id(), o.name().display(locale)));
        return names;
    }
}
