package org.bashke.directory;

import org.bashke.shared.text.LocalizedText;

/** What other modules may know of an organisation. */
public record OrganisationSummary(long id, LocalizedText name, String acronym, OrganisationType type,
                                  String regionCode, String municipalityCode, boolean civikosMember, boolean archived) {
}
