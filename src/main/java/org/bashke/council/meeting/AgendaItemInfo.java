package org.bashke.council.meeting;

import org.bashke.shared.text.LocalizedText;

/** An agenda item as the CSO voice and elections see it. */
public record AgendaItemInfo(long id, long meetingId, int position, LocalizedText title, boolean decisionExpected) {
}
