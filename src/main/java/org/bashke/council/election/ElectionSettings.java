package org.bashke.council.election;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Defaults a new election form starts from; each election keeps its own values. */
@Component
public class ElectionSettings {

    private final int inspectionDays;

    /** "Ballots open for inspection for a few days" (DOMAIN.md): 3 unless configured. */
    ElectionSettings(@Value("${bashke.council.election.inspection-days:3}") int inspectionDays) {
        this.inspectionDays = inspectionDays;
    }

    public int inspectionDays() {
        return inspectionDays;
    }
}
