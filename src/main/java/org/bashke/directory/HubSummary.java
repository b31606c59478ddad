package org.bashke.directory;

import org.bashke.shared.text.LocalizedText;

/** A regional hub (or the national hub). {@code code} is stable, e.g. FER, GJI, MIT, PEJ, PRZ, PRI. */
public record HubSummary(long id, String code, LocalizedText name, boolean national, Long hostOrganisationId) {
}
