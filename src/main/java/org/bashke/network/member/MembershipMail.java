package org.bashke.network.member;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.mail.Mailer;
import org.bashke.shared.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mail about membership and the code, to one person or to an organisation's representatives, each in their
 * own language; queued in the caller's transaction, so it leaves only if the change commits.
 */
@Component
public class MembershipMail {

    private final Mailer mailer;
    private final Accounts accounts;
    private final String baseUrl;

    MembershipMail(Mailer mailer, Accounts accounts, @Value("${bashke.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    /** @param template under {@code templates/mail/network/}, e.g. {@code member/refused} */
    public void toAccount(long accountId, String template, Map<String, Object> model, String path) {
        accounts.account(accountId).ifPresent(a -> send(a, template, model, path));
    }

    /** To every representative of the organisation; returns how many were written to. */
    public int toRepresentatives(long organisationId, String template, Map<String, Object> model, String path) {
        List<AccountSummary> reps = accounts.holders(Role.CSO_REPRESENTATIVE, organisationId);
        reps.forEach(a -> send(a, template, model, path));
        return reps.size();
    }

    private void send(AccountSummary a, String template, Map<String, Object> model, String path) {
        Map<String, Object> m = new HashMap<>(model);
        m.put("name", a.displayName());
        m.put("link", baseUrl + path);
        Locale locale = a.languageTag() == null ? Locale.forLanguageTag("sq") : Locale.forLanguageTag(a.languageTag());
        mailer.send(a.email(), locale, "network/" + template, m);
    }
}
