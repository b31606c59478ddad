package org.bashke.consultation;

/** The final report of a consultation was published: its cycle under the minimum standards is complete. */
public record ConsultationReportPublished(long consultationId, long institutionId) {
}
