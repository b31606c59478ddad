package org.bashke.network.code;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which version of each document is in force, and whether an organisation has accepted it. */
@Component
@Transactional(readOnly = true)
public class CodesInForce {

    public static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    private final CodeVersionRepository versions;
    private final CodeAcceptanceRepository acceptances;

    CodesInForce(CodeVersionRepository versions, CodeAcceptanceRepository acceptances) {
        this.versions = versions;
        this.acceptances = acceptances;
    }

    public static LocalDate today() {
        return LocalDate.now(KOSOVO);
    }

    public Optional<CodeVersion> inForce(CodeKind kind) {
        return versions.findFirstByKindAndStatusAndAdoptedOnLessThanEqualOrderByAdoptedOnDescNumberDesc(kind, "ADOPTED", today());
    }

    /** True when nothing is in force (nothing to accept) or the organisation accepted the version in force. */
    public boolean accepted(long organisationId, CodeKind kind) {
        return inForce(kind).map(v -> acceptances.existsByCodeVersionIdAndOrganisationId(v.getId(), organisationId)).orElse(true);
    }
}
