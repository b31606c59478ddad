package org.bashke.monitoring;

import java.time.LocalDate;
import org.bashke.shared.text.LocalizedText;

/**
 * An obligation as other modules (reporting, portal) see it.
 *
 * @param sourceModule  where it was born: {@code monitoring} (an activity), {@code council}, {@code dialogue}
 * @param sourceType    {@code activity}, {@code decision}, {@code commitment}
 * @param sourceId      its id there (null for activities, which live here)
 * @param institutionId the responsible institution's directory id, or null
 * @param overdueDays   working days past the deadline while not completed or cancelled; 0 when not overdue
 */
public record ObligationSummary(long id, String sourceModule, String sourceType, Long sourceId, String code,
                                LocalizedText title, Long institutionId, LocalDate deadline, ObligationStatus status,
                                int percent, int overdueDays, String url) {
}
