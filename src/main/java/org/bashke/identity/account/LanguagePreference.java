package org.bashke.identity.account;

import java.time.Clock;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.platform.LanguageChosen;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A logged-in person switched the interface language: keep it with the account, so the next login
 * and every mail to them use it. Synchronous, in the request, because the choice is tiny and the
 * person expects it to stick at once.
 */
@Component
class LanguagePreference {

    private static final java.util.Set<String> TAGS = java.util.Set.of("sq", "sr-Latn", "sr-Cyrl", "en");

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    LanguagePreference(AccountRepository accounts, AuditLog audit, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener
    @Transactional
    public void on(LanguageChosen event) {
        if (!TAGS.contains(event.languageTag())) {
            return;
        }
        accounts.findByEmail(event.username())
                .filter(a -> !event.languageTag().equals(a.getLanguageTag()))
                .ifPresent(account -> {
                    String before = account.getLanguageTag();
                    account.chooseLanguage(event.languageTag(), clock.instant());
                    audit.record("identity.account.language-changed", "account", account.getId(),
                            Map.of("language", before), Map.of("language", event.languageTag()));
                });
    }
}
