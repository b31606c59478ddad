package org.bashke.council.voice;

import java.util.stream.Collectors;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Feeds the portal's one search with calls (their report-back included) and published CSO positions. */
@Component
public class VoiceRecords {

    static final String MODULE = "council";

    private final ApplicationEventPublisher events;

    VoiceRecords(ApplicationEventPublisher events) {
        this.events = events;
    }

    public static String url(CallForInput call) {
        return "/council/calls/" + call.getId();
    }

    public static String url(CallItem item) {
        return url(item.getCall()) + "#item-" + item.getId();
    }

    void callChanged(CallForInput call) {
        LocalizedText text = joined(call.getDescription(), call.getReport());
        events.publishEvent(PublicRecordChanged.published(MODULE, "call-for-input", call.getId(), call.getTitle(), text,
                url(call), null, call.getOpenedAt()));
    }

    void positionPublished(CallItem item) {
        events.publishEvent(PublicRecordChanged.published(MODULE, "cso-position", item.getId(), item.getTitle(),
                item.getPosition(), url(item), null, item.getPositionPublishedAt()));
    }

    /** The search text in each language: the pieces that language has, one per paragraph. */
    static LocalizedText joined(LocalizedText... parts) {
        String[] byLanguage = new String[3];
        for (Language l : Language.values()) {
            byLanguage[l.ordinal()] = java.util.Arrays.stream(parts).map(p -> p.get(l)).filter(s -> s != null)
                    .collect(Collectors.joining("\n\n"));
        }
        return LocalizedText.of(Language.SQ, byLanguage[Language.SQ.ordinal()], byLanguage[Language.SR.ordinal()],
                byLanguage[Language.EN.ordinal()]);
    }
}
