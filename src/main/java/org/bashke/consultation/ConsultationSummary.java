package org.bashke.consultation;

import java.time.LocalDate;
import org.bashke.shared.text.LocalizedText;

/**
 * What other modules may know of a consultation. {@code nonCompliant}: the period is shorter than the
 * minimum and was allowed only with a recorded justification.
 */
public record ConsultationSummary(long id, long institutionId, LocalizedText title, DraftType draftType,
                                  ConsultationStage stage, LocalDate opensOn, LocalDate closesOn,
                                  int workingDays, boolean nonCompliant, LocalDate reportPublishedOn) {
}
