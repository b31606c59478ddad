package org.bashke.dialogue.initiative;

import org.bashke.portal.PublicRecordChanged;
import org.bashke.shared.text.LocalizedText;

/** What the portal's one search knows of an initiative (public from the moment it is proposed). */
public final class InitiativeSearchRecord {

    private InitiativeSearchRecord() {
    }

    public static PublicRecordChanged of(Initiative i) {
        String text = i.getProblem() + "\n" + i.getAsk() + (i.getAnswerReason() == null ? "" : "\n" + i.getAnswerReason());
        return PublicRecordChanged.published("dialogue", "initiative", i.getId(), LocalizedText.same(i.getTitle()),
                LocalizedText.same(text), "/dialogue/initiatives/" + i.getId(), i.getHubCode(), i.getProposedAt());
    }
}
