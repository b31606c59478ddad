package org.bashke.network;

import java.time.LocalDate;

/**
 * A member organisation as other modules see it.
 *
 * @param organisationId the organisation in the directory
 * @param regionCode     the region it works in (directory region code), for audiences by region
 */
public record MemberSummary(long id, long organisationId, MemberStatus status, LocalDate memberSince, String regionCode) {
}
