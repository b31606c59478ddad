package org.bashke.consultation.draft;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.directory.RegionSummary;
import org.springframework.stereotype.Component;

/**
 * The hub a consultation belongs to in the one search: a municipality's consultations (and their comments)
 * belong to the hub serving its region; a central institution's are national (null).
 */
@Component
public class ConsultationHubs {

    private final Directory directory;
    /** Per consulting institution (empty: national); a municipality never changes its region. */
    private final Map<Long, Optional<String>> hubOfInstitution = new ConcurrentHashMap<>();

    ConsultationHubs(Directory directory) {
        this.directory = directory;
    }

    /** The hub's code (FER, GJI, MIT, PEJ, PRZ, PRI), or null for a national consultation. */
    public String of(Consultation c) {
        return hubOfInstitution.computeIfAbsent(c.getInstitutionId(), id -> directory.organisation(id)
                .filter(o -> o.type() == OrganisationType.MUNICIPALITY && o.regionCode() != null)
                .flatMap(o -> directory.regions().stream().filter(r -> o.regionCode().equals(r.code()))
                        .map(RegionSummary::servingHubCode).filter(Objects::nonNull).findFirst()))
                .orElse(null);
    }
}
