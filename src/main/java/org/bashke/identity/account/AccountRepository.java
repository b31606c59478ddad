package org.bashke.identity.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a where lower(a.email) = lower(:email)")
    Optional<Account> findByEmail(String email);

    default boolean emailTaken(String email) {
        return findByEmail(email).isPresent();
    }

    Page<Account> findByPublicProfileTrueAndStatus(AccountStatus status, Pageable pageable);
}
