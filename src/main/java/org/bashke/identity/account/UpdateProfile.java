package org.bashke.identity.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person edits their own name, public profile and language. */
@Service
public class UpdateProfile {

    public record Profile(String displayName, boolean publicProfile, String publicBio, String phone, String languageTag) {
    }

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    UpdateProfile(AccountRepository accounts, AuditLog audit, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional(readOnly = true)
    public Profile current(long accountId) {
        Account a = find(accountId);
        return new Profile(a.getDisplayName(), a.isPublicProfile(), a.getPublicBio(), a.getPhone(), a.getLanguageTag());
    }

    @Transactional
    public void update(long accountId, Profile profile) {
        Account account = find(accountId);
        Map<String, Object> before = snapshot(account);
        account.updateProfile(profile.displayName(), profile.publicProfile(), profile.publicBio(), profile.phone(), clock.instant());
        account.chooseLanguage(profile.languageTag(), clock.instant());
        audit.record("identity.account.profile-updated", "account", accountId, before, snapshot(account));
    }

    private Account find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }

    static Map<String, Object> snapshot(Account a) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("displayName", a.getDisplayName());
        values.put("publicProfile", a.isPublicProfile());
        values.put("publicBio", a.getPublicBio());
        values.put("phone", a.getPhone());
        values.put("language", a.getLanguageTag());
        return values;
    }
}
