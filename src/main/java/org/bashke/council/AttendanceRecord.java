package org.bashke.council;

/**
 * One person's confirmed presence at a held meeting (the participation fund starts claims from it).
 *
 * @param organisationId the organisation whose seat they filled (as holder or substitute), or null
 * @param status         PRESENT or SUBSTITUTE_PRESENT
 */
public record AttendanceRecord(long meetingId, long bodyId, long accountId, Long organisationId, String status) {
}
