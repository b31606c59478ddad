package org.bashke.fund.rules;

import java.util.Locale;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A published rules version is a public record: it goes into the one search, titled in the three languages. */
@Component
public class RulesInSearch {

    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    RulesInSearch(ApplicationEventPublisher events, MessageSource messages) {
        this.events = events;
        this.messages = messages;
    }

    public void published(RulesVersion v) {
        LocalizedText title = LocalizedText.of(Language.SQ, title(v, "sq"), title(v, "sr"), title(v, "en"));
        LocalizedText text = LocalizedText.of(Language.SQ, text(v, "sq"), text(v, "sr"), text(v, "en"));
        events.publishEvent(PublicRecordChanged.published("fund", "rules", v.getId(), title, text,
                "/support/rules?year=" + v.getYear(), null, v.getPublishedAt()));
    }

    private String title(RulesVersion v, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return messages.getMessage("support.rules.title", new Object[] {String.valueOf(v.getYear())}, locale) + " – "
                + messages.getMessage("support.rules.versionShort", new Object[] {v.getNumber()}, locale);
    }

    private String text(RulesVersion v, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return messages.getMessage("support.public.intro", null, locale) + (v.getNotes() == null ? "" : " " + v.getNotes());
    }
}
