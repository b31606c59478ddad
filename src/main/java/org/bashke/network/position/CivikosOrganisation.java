package org.bashke.network.position;

import java.util.Optional;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * CiviKos as an organisation of the directory, in whose name adopted positions are filed as consultation
 * comments: {@code bashke.network.civikos-organisation-id} when set, else the CSO whose acronym is CiviKos.
 */
@Component("networkCivikosOrganisation")
public class CivikosOrganisation {

    private final Directory directory;
    private final Long configured;

    CivikosOrganisation(Directory directory, @Value("${bashke.network.civikos-organisation-id:#{null}}") Long configured) {
        this.directory = directory;
        this.configured = configured;
    }

    public Optional<Long> id() {
        if (configured != null) {
            return Optional.of(configured);
        }
        return directory.findOrganisations("CiviKos", OrganisationType.CSO, 20).stream()
                .filter(o -> "CiviKos".equalsIgnoreCase(o.acronym()))
                .map(OrganisationSummary::id).findFirst();
    }
}
