package org.bashke.consultation.draft;

import java.time.LocalDate;
import org.bashke.consultation.DraftType;

/** What an officer gives to create or describe a consultation (already checked for presence and form). */
public record ConsultationValues(long institutionId, String titleSq, String titleSr, String titleEn,
                                 String summarySq, String summarySr, String summaryEn, DraftType draftType,
                                 String contactName, String contactEmail, LocalDate opensOn, LocalDate closesOn,
                                 String periodJustification) {
}
