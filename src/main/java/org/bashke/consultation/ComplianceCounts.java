package org.bashke.consultation;

/**
 * An institution's consultations of a year (by opening date) against its plan: {@code held} consultations,
 * of which {@code meetingMinimumPeriod} kept the minimum period and {@code withPublishedReport} published
 * their final report; comments received, answered, and answered by outcome.
 */
public record ComplianceCounts(long institutionId, int year, int planned, int held, int meetingMinimumPeriod,
                               int withPublishedReport, int comments, int answered,
                               int accepted, int partlyAccepted, int rejected) {
}
