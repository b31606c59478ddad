package org.bashke.fund.payment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BankAccounts extends JpaRepository<BankAccount, Long> {

    Optional<BankAccount> findFirstByOrganisationIdOrderByRecordedAtDescIdDesc(long organisationId);

    List<BankAccount> findByOrganisationIdOrderByRecordedAtDescIdDesc(long organisationId);
}
