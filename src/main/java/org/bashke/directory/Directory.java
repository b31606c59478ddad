package org.bashke.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What other modules may ask of the directory. */
public interface Directory {

    Optional<OrganisationSummary> organisation(long id);

    /** The organisations with these ids, in no particular order; unknown ids are skipped. */
    List<OrganisationSummary> organisations(Collection<Long> ids);

    /** Active organisations whose name or acronym contains {@code text} (any language, accents ignored); {@code type} null for all. */
    List<OrganisationSummary> findOrganisations(String text, OrganisationType type, int limit);

    List<HubSummary> hubs();

    Optional<HubSummary> hub(long id);

    /** A hub by its stable code (FER, GJI, MIT, PEJ, PRZ, PRI), case ignored. */
    Optional<HubSummary> hub(String code);

    /** The 7 regions, in their usual order. */
    List<RegionSummary> regions();

    /** The 38 municipalities, grouped by region in the usual order. */
    List<MunicipalitySummary> municipalities();
}
