package org.bashke.network.internship;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bashke.identity.Accounts;
import org.bashke.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Tells applicants and interns what happened, each in the language of their account. */
@Component
public class InternshipMail {

    private final Mailer mailer;
    private final Accounts accounts;
    private final String baseUrl;

    InternshipMail(Mailer mailer, Accounts accounts, @Value("${bashke.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    /** @param step selected, not-selected or placed: the template {@code mail/network/internship-<step>.txt} */
    public void send(long accountId, String step, String topic, String link) {
        accounts.account(accountId).ifPresent(a -> {
            Map<String, Object> model = new HashMap<>();
            model.put("name", a.displayName());
            model.put("topic", topic);
            model.put("link", baseUrl + link);
            model.put("subjectArgs", new Object[] {topic});
            Locale locale = Locale.forLanguageTag(a.languageTag() == null ? "sq" : a.languageTag());
            mailer.send(a.email(), locale, "network/internship-" + step, model);
        });
    }

    /** The topic in the language of the person the mail goes to. */
    public String topicFor(long accountId, org.bashke.shared.text.LocalizedText topic) {
        String tag = accounts.account(accountId).map(a -> a.languageTag() == null ? "sq" : a.languageTag()).orElse("sq");
        return topic.display(Locale.forLanguageTag(tag));
    }
}
