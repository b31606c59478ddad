package org.bashke.directory;

import org.bashke.shared.text.LocalizedText;

/** One of the 38 municipalities; {@code organisationId} is the municipality as an organisation (type MUNICIPALITY). */
public record MunicipalitySummary(String code, LocalizedText name, String regionCode, Long organisationId) {
}
