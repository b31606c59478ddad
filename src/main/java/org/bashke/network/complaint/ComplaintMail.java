package org.bashke.network.complaint;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bashke.identity.Accounts;
import org.bashke.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Mails about a complaint, each in its reader's language; they say what happened, never the case's content. */
@Component
public class ComplaintMail {

    private final Mailer mailer;
    private final Accounts accounts;
    private final String baseUrl;

    ComplaintMail(Mailer mailer, Accounts accounts, @Value("${bashke.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    /** @param step received, new-case, opened or decided: the template {@code mail/network/complaint-<step>.txt} */
    public void send(long accountId, String step, ComplaintCase c, String link) {
        accounts.account(accountId).ifPresent(a -> {
            Map<String, Object> model = new HashMap<>();
            model.put("name", a.displayName());
            model.put("reference", "K-" + c.getId());
            model.put("link", baseUrl + link);
            model.put("subjectArgs", new Object[] {"K-" + c.getId()});
            Locale locale = Locale.forLanguageTag(a.languageTag() == null ? "sq" : a.languageTag());
            mailer.send(a.email(), locale, "network/complaint-" + step, model);
        });
    }
}
