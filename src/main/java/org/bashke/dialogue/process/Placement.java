package org.bashke.dialogue.process;

/**
 * Where a dialogue record sits: its level, and for municipal ones the municipality, its region and the
 * hub serving that region (derived from the directory when the record is saved, so lists filter by them
 * without asking the directory row by row).
 */
public record Placement(ProcessLevel level, long organisationId, String municipalityCode, String regionCode, String hubCode) {
}
