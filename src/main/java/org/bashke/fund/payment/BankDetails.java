package org.bashke.fund.payment;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.fund.claim.FundAccess;
import org.bashke.fund.rules.FundRuleBroken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account the fund pays an organisation into. Kept here until the directory keeps organisations' bank
 * details itself; every change is a new row, so the history of what was paid where stays readable.
 */
@Component
public class BankDetails {

    private final BankAccounts accounts;
    private final FundAccess access;
    private final AuditLog audit;
    private final Clock clock;

    BankDetails(BankAccounts accounts, FundAccess access, AuditLog audit, Optional<Clock> clock) {
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public Optional<BankAccount> current(long organisationId) {
        return accounts.findFirstByOrganisationIdOrderByRecordedAtDescIdDesc(organisationId);
    }

    @Transactional(readOnly = true)
    public List<BankAccount> history(long organisationId) {
        return accounts.findByOrganisationIdOrderByRecordedAtDescIdDesc(organisationId);
    }

    @Transactional
    public BankAccount record(long organisationId, String holder, String iban, String bank) {
        if (!access.secretariat()) {
            access.mustRepresent(organisationId);
        }
        String normal = Iban.normalise(iban).orElseThrow(() -> new FundRuleBroken("support.rule.bank.iban"));
        Map<String, Object> before = current(organisationId).map(BankDetails::audit).orElse(null);
        BankAccount a = accounts.save(new BankAccount(organisationId, holder.strip(), normal, bank.strip(), access.actorName(),
                clock.instant()));
        audit.record("support.bank.recorded", "bank-account", a.getId(), before, audit(a));
        return a;
    }

    private static Map<String, Object> audit(BankAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisationId", a.getOrganisationId());
        m.put("holder", a.getAccountHolder());
        m.put("iban", a.getIban());
        m.put("bank", a.getBankName());
        return m;
    }
}
