package org.bashke.directory;

import org.bashke.shared.text.LocalizedText;

/** One of the 7 regions; {@code code} is stable (PRI, MIT, PEJ, PRZ, FER, GJI, GJA); {@code servingHubCode} may change. */
public record RegionSummary(String code, LocalizedText name, String servingHubCode) {
}
