package org.bashke.council.election;

import java.time.LocalDate;

/** A validated new election, as the secretariat's form gives it. */
public record ElectionValues(long bodyId, ElectionKind kind, String titleSq, String titleSr, String titleEn,
                             String callSq, String callSr, String callEn, int seats, LocalDate candidacyDeadline,
                             EligibilityRule eligibility, LocalDate registrationDeadline, LocalDate votingClosesOn,
                             LocalDate seatsFrom, int inspectionDays) {
}
