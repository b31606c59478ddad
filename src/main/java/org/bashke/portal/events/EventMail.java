package org.bashke.portal.events;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bashke.identity.Accounts;
import org.bashke.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Mail about an event to one registered person, in their language, queued in the caller's transaction. */
@Component
class EventMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Accounts accounts;
    private final Mailer mailer;
    private final String baseUrl;

    EventMail(Accounts accounts, Mailer mailer, @Value("${bashke.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
    }

    /** {@code template} under templates/mail/portal/; the model has name, title, when (Kosovo time), place, link. */
    void send(long accountId, PortalEvent event, String template) {
        accounts.account(accountId).ifPresent(a -> {
            Locale locale = Locale.forLanguageTag(a.languageTag() == null ? "sq" : a.languageTag());
            Map<String, Object> model = new HashMap<>();
            model.put("name", a.displayName());
            model.put("title", event.getTitle().display(locale));
            model.put("when", WHEN.format(event.getStartsLocal()));
            model.put("place", event.getPlace() != null ? event.getPlace() : event.getOnlineUrl() != null ? event.getOnlineUrl() : "");
            model.put("link", baseUrl + "/events/" + event.getId());
            mailer.send(a.email(), locale, "portal/" + template, model);
        });
    }
}
