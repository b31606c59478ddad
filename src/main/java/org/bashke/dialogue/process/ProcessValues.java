package org.bashke.dialogue.process;

import java.time.LocalDate;

/** What the organiser says of a process, already checked for form (required fields, dates). */
public record ProcessValues(long organisationId, ProcessType type, ProcessStatus status, String titleSq, String titleSr,
                            String titleEn, String summarySq, String summarySr, String summaryEn, LocalDate startedOn) {
}
