package org.bashke.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of the directory. */
public interface Directory {

    Optional<OrganisationSummary> organisation(long id);

    /** The organisations with these ids, in no particular order; unknown ids are skipped. */
    List<OrganisationSummary> organisations(Collection<Long> ids);

    /** Active organisations whose name or acronym contains {@code text} (any language, accents ignored); {@code type} null for all. */
    List<OrganisationSummary> findOrganisations(String text, OrganisationType type, int limit);

    /**
     * Every active organisation of a type ({@code null}: of every type), by Albanian name — for choice
     * lists and indexes. {@link #findOrganisations} is a capped lookup, not a way to list them all.
     */
    List<OrganisationSummary> activeOrganisations(OrganisationType type);

    /** How many active organisations there are of each type (types with none are absent). */
    Map<OrganisationType, Long> countActiveByType();

    List<HubSummary> hubs();

    Optional<HubSummary> hub(long id);

    /** A hub by its stable code (FER, GJI, MIT, PEJ, PRZ, PRI), case ignored. */
    Optional<HubSummary> hub(String code);

    /** The 7 regions, in their usual order. */
    List<RegionSummary> regions();

    /** The 38 municipalities, grouped by region in the usual order. */
    List<MunicipalitySummary> municipalities();
}
