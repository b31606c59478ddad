package org.bashke.dialogue.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.bashke.dialogue.commitment.Commitment;
import org.bashke.dialogue.initiative.Initiative;
import org.bashke.dialogue.initiative.Support;

/**
 * An initiative's status over time, oldest first: proposed, each support, the institution's answer, each
 * commitment made in answer. Each entry is a message key and the one name or text it needs.
 */
public final class InitiativeTimeline {

    static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    /** One dated event; {@code argument} may be null when the message needs none. */
    public record Entry(LocalDate on, String messageKey, String argument) {
    }

    private InitiativeTimeline() {
    }

    /**
     * @param supporterName the name to show for a support (a CSO's, a hub's; null for the secretariat)
     * @param commitmentText the commitment's words in the reader's language
     */
    public static List<Entry> of(Initiative initiative, String proposerName, List<Support> supports,
                                 Function<Support, String> supporterName, List<Commitment> commitments,
                                 Function<Commitment, String> commitmentText) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(day(initiative.getProposedAt()), "dialogue.timeline.proposed", proposerName));
        for (Support s : supports) {
            String key = switch (s.getSupporterKind()) {
                case CSO -> "dialogue.timeline.supported";
                case HUB -> "dialogue.timeline.supportedHub";
                case SECRETARIAT -> "dialogue.timeline.supportedSecretariat";
            };
            entries.add(new Entry(day(s.getSupportedAt()), key, supporterName.apply(s)));
        }
        if (initiative.getAnswer() != null && initiative.getAnsweredAt() != null) {
            entries.add(new Entry(day(initiative.getAnsweredAt()), "dialogue.timeline.answered." + initiative.getAnswer().name(), null));
        }
        for (Commitment c : commitments) {
            entries.add(new Entry(c.getMadeOn(), "dialogue.timeline.committed", commitmentText.apply(c)));
        }
        // stable: events of one day keep the order above (proposed, supports, answer, commitments)
        entries.sort(Comparator.comparing(Entry::on));
        return entries;
    }

    private static LocalDate day(Instant at) {
        return at.atZone(KOSOVO).toLocalDate();
    }
}
