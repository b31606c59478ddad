package org.bashke.directory.facade;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.directory.RegionSummary;
import org.bashke.directory.geography.Geography;
import org.bashke.shared.text.Language;
import org.bashke.directory.geography.Hub;
import org.bashke.directory.organisation.Organisation;
import org.bashke.directory.organisation.OrganisationSearch;
import org.bashke.directory.organisation.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DirectoryFacade implements Directory {

    private static final int MAX_LOOKUP = 200;
    private static final Locale ALBANIAN = Locale.forLanguageTag("sq");

    private final Organisations organisations;
    private final OrganisationSearch search;
    private final Geography geography;

    DirectoryFacade(Organisations organisations, OrganisationSearch search, Geography geography) {
        this.organisations = organisations;
        this.search = search;
        this.geography = geography;
    }

    @Override
    public Optional<OrganisationSummary> organisation(long id) {
        return organisations.findById(id).map(Organisation::summary);
    }

    @Override
    public List<OrganisationSummary> organisations(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return organisations.findAllById(ids).stream().map(Organisation::summary).toList();
    }

    @Override
    public List<OrganisationSummary> findOrganisations(String text, OrganisationType type, int limit) {
        return search.lookup(text, type, Math.min(limit, MAX_LOOKUP)).stream().map(Organisation::summary).toList();
    }

    @Override
    public List<OrganisationSummary> activeOrganisations(OrganisationType type) {
        List<Organisation> found = type == null ? organisations.findByArchivedFalse() : organisations.findByTypeAndArchivedFalse(type);
        return found.stream().map(Organisation::summary)
                .sorted(Comparator.comparing((OrganisationSummary o) -> String.valueOf(o.name().get(Language.SQ)), Collator.getInstance(ALBANIAN)))
                .toList();
    }

    @Override
    public Map<OrganisationType, Long> countActiveByType() {
        Map<OrganisationType, Long> counts = new EnumMap<>(OrganisationType.class);
        for (Object[] row : organisations.countActiveByType()) {
            counts.put((OrganisationType) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<HubSummary> hubs() {
        return geography.hubs().stream().map(Hub::summary).toList();
    }

    @Override
    public Optional<HubSummary> hub(long id) {
        return geography.hub(id).map(Hub::summary);
    }

    @Override
    public Optional<HubSummary> hub(String code) {
        return geography.hub(code).map(Hub::summary);
    }

    @Override
    public List<RegionSummary> regions() {
        return geography.regions().stream().map(r -> new RegionSummary(r.getCode(), r.getName(), r.getServingHubCode())).toList();
    }

    @Override
    public List<MunicipalitySummary> municipalities() {
        return geography.municipalities().stream()
                .map(m -> new MunicipalitySummary(m.getCode(), m.getName(), m.getRegionCode(), m.getOrganisationId())).toList();
    }
}
