package org.bashke.dialogue.process;

import java.util.Set;

/**
 * What the person acting may do in dialogue, read from their roles: the secretariat everywhere, a
 * government officer for their institutions, a hub coordinator for the hubs they run (by code), a CSO
 * representative for their organisations.
 */
public record Actor(boolean secretariat, Set<Long> officerOf, Set<String> hubCoordinatorOf, Set<Long> representativeOf) {

    public static Actor nobody() {
        return new Actor(false, Set.of(), Set.of(), Set.of());
    }
}
