package org.bashke.dialogue.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.directory.RegionSummary;
import org.springframework.stereotype.Component;

/** Names from the directory in the reader's language, for pages and choice lists (one directory call per list). */
@Component
public class DialogueNames {

    private final Directory directory;

    DialogueNames(Directory directory) {
        this.directory = directory;
    }

    public Map<Long, String> organisations(Collection<Long> ids, Locale locale) {
        Map<Long, String> names = new LinkedHashMap<>();
        directory.organisations(ids).forEach(o -> names.put(o.id(), o.name().display(locale)));
        return names;
    }

    /** Public institutions and municipalities: who organises processes, receives initiatives, commits. */
    public Map<Long, String> institutions(Locale locale) {
        return byName(Stream.concat(directory.activeOrganisations(OrganisationType.PUBLIC_INSTITUTION).stream(),
                directory.activeOrganisations(OrganisationType.MUNICIPALITY).stream()).toList(), locale);
    }

    public Map<Long, String> csos(Locale locale) {
        return byName(directory.activeOrganisations(OrganisationType.CSO), locale);
    }

    public Map<String, String> regions(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        directory.regions().forEach(r -> names.put(r.code(), r.name().display(locale)));
        return names;
    }

    public Map<String, String> hubs(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        directory.hubs().forEach(h -> names.put(h.code(), h.name().display(locale)));
        return names;
    }

    public Map<String, String> municipalities(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        directory.municipalities().forEach(m -> names.put(m.code(), m.name().display(locale)));
        return names;
    }

    public List<RegionSummary> regionList() {
        return directory.regions();
    }

    public List<HubSummary> hubList() {
        return directory.hubs();
    }

    public List<MunicipalitySummary> municipalityList() {
        return directory.municipalities();
    }

    private static Map<Long, String> byName(List<OrganisationSummary> orgs, Locale locale) {
        Map<Long, String> names = new LinkedHashMap<>();
        orgs.stream().sorted(Comparator.comparing(o -> o.name().display(locale)))
                .forEach(o -> names.put(o.id(), o.name().display(locale)));
        return names;
    }
}
