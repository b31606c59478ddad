package org.bashke.council;

import java.time.LocalDate;
import org.bashke.shared.text.LocalizedText;

/**
 * A body adopted a decision on an agenda item. Monitoring turns it into a tracked obligation (and answers
 * {@link org.bashke.shared.followup.FollowUps} for module {@code council}, type {@code decision}).
 */
public record DecisionAdopted(long decisionId, long bodyId, long meetingId, String number, LocalizedText text,
                              Long responsibleOrganisationId, String responsible, LocalDate deadline,
                              LocalDate adoptedOn, String url) {
}
