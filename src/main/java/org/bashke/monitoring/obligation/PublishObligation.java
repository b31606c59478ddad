package org.bashke.monitoring.obligation;

import java.time.Instant;
import java.util.List;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Every obligation is public: each change feeds the portal's one search (after the transaction commits). */
@Component("monitoringPublishObligation")
public class PublishObligation {

    private final ApplicationEventPublisher events;
    private final ProgressUpdateRepository updates;

    PublishObligation(ApplicationEventPublisher events, ProgressUpdateRepository updates) {
        this.events = events;
        this.updates = updates;
    }

    public void changed(Obligation o) {
        List<ProgressUpdate> history = o.getId() == null ? List.of() : updates.findByObligationIdOrderByCreatedAtAscIdAsc(o.getId());
        // the latest government narrative is what a search for the obligation should find besides its title
        LocalizedText text = history.isEmpty() ? null : history.get(history.size() - 1).getNarrative();
        String code = o.getCode() == null ? "" : o.getCode() + " ";
        LocalizedText title = LocalizedText.of(Language.SQ, code + nz(o.getTitle().get(Language.SQ)),
                o.getTitle().get(Language.SR) == null ? null : code + o.getTitle().get(Language.SR),
                o.getTitle().get(Language.EN) == null ? null : code + o.getTitle().get(Language.EN));
        Instant published = o.getCreatedAt();
        events.publishEvent(PublicRecordChanged.published("monitoring", "obligation", o.getId(), title, text,
                "/monitoring/obligations/" + o.getId(), null, published));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
