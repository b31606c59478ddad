package org.bashke.consultation;

/** A consultation moved to its written public stage: followers of the institution and of the draft are told. */
public record ConsultationOpened(long consultationId, long institutionId) {
}
