package org.bashke.identity.account;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bashke.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The identity module's mail: always in the language of the account it concerns. */
@Component
public class AccountMail {

    private final Mailer mailer;
    private final String baseUrl;

    AccountMail(Mailer mailer, @Value("${bashke.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends {@code templates/mail/identity/<template>.txt} to {@code to}, about {@code account}. */
    public void send(String to, Account account, String template, Map<String, Object> extra) {
        send(to, account.getLanguageTag(), account.getDisplayName(), template, extra);
    }

    public void send(String to, String languageTag, String name, String template, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("name", name);
        model.put("baseUrl", baseUrl);
        mailer.send(to, Locale.forLanguageTag(languageTag == null ? "sq" : languageTag), "identity/" + template, model);
    }

    public String link(String path) {
        return baseUrl + path;
    }
}
