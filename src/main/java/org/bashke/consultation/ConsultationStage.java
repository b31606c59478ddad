package org.bashke.consultation;

/** The stages of a consultation under Regulation No. 05/2016, in order. */
public enum ConsultationStage {
    EARLY, WRITTEN, CLOSED, REPORT_PUBLISHED
}
