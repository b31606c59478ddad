package org.bashke.identity.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IdentityTokenRepository extends JpaRepository<IdentityToken, Long> {

    Optional<IdentityToken> findByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

    /** 1 when this call used the token, 0 when another request got there first. */
    @Modifying
    @Query("update IdentityToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
    int use(Long id, Instant now);

    @Modifying
    @Query("update IdentityToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null")
    int useAll(Long accountId, TokenPurpose purpose, Instant now);
}
