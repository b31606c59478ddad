package org.bashke.council.meeting;

import java.util.List;
import java.util.stream.Collectors;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Feeds the one search: meetings are public from the moment they are scheduled (with their agenda),
 * decisions from their adoption, minutes from their publication.
 */
@Component
class MeetingRecords {

    private final ApplicationEventPublisher events;
    private final AgendaItems items;

    MeetingRecords(ApplicationEventPublisher events, AgendaItems items) {
        this.events = events;
        this.items = items;
    }

    void meeting(Meeting m) {
        List<AgendaItem> agenda = items.findByMeetingIdOrderByPosition(m.getId());
        LocalizedText text = LocalizedText.of(Language.SQ, join(agenda, Language.SQ), join(agenda, Language.SR),
                join(agenda, Language.EN));
        events.publishEvent(PublicRecordChanged.published("council", "meeting", m.getId(), m.getTitle(), text, m.url(),
                null, m.getStartsAt()));
    }

    void decision(Decision d) {
        events.publishEvent(PublicRecordChanged.published("council", "decision", d.getId(),
                LocalizedText.same(d.getNumber()), d.getText(), d.url(), null,
                d.getAdoptedOn().atStartOfDay(Meeting.ZONE).toInstant()));
    }

    void minutes(Minutes minutes, Meeting m) {
        events.publishEvent(PublicRecordChanged.published("council", "minutes", minutes.getId(), m.getTitle(),
                minutes.getText(), m.url() + "#minutes", null, minutes.getPublishedAt()));
    }

    void minutesWithdrawn(Minutes minutes) {
        events.publishEvent(PublicRecordChanged.removed("council", "minutes", minutes.getId()));
    }

    private static String join(List<AgendaItem> agenda, Language l) {
        return agenda.stream().map(i -> i.getTitle().get(l)).filter(s -> s != null)
                .collect(Collectors.joining("\n"));
    }
}
