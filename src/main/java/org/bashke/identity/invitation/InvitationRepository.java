package org.bashke.identity.invitation;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    Page<Invitation> findAllByOrderByCreatedAtDesc(Pageable page);

    @Query("select i from Invitation i where i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now order by i.createdAt desc")
    Page<Invitation> findPending(Instant now, Pageable page);

    @Query("select i from Invitation i where i.acceptedAt is not null order by i.createdAt desc")
    Page<Invitation> findAccepted(Pageable page);

    @Query("select i from Invitation i where i.acceptedAt is null and i.revokedAt is null and i.expiresAt <= :now order by i.createdAt desc")
    Page<Invitation> findExpired(Instant now, Pageable page);

    @Query("select i from Invitation i where i.revokedAt is not null order by i.createdAt desc")
    Page<Invitation> findRevoked(Pageable page);
}
