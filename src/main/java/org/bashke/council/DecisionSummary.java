package org.bashke.council;

import java.time.LocalDate;
import org.bashke.shared.text.LocalizedText;

/**
 * A decision as other modules see it.
 *
 * @param number                   its number within the body, e.g. {@code 2026/7}
 * @param responsibleOrganisationId the directory id of the institution that must act, or null
 * @param responsible              who must act, when it is a person or not in the directory, or null
 * @param deadline                 by when, or null
 */
public record DecisionSummary(long id, long bodyId, long meetingId, String number, LocalizedText text,
                              Long responsibleOrganisationId, String responsible, LocalDate deadline,
                              LocalDate adoptedOn, String url) {
}
