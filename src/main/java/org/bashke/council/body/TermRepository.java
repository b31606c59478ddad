package org.bashke.council.body;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TermRepository extends JpaRepository<Term, Long> {

    List<Term> findByBodyIdOrderByStartsOnDesc(long bodyId);

    List<Term> findAllByOrderByBodyIdAscStartsOnAsc();

    /** Terms where the person holds (or held) a seat or is a seat's substitute. */
    @Query("select distinct s.term from CouncilSeat s where s.accountId = :accountId or s.substituteAccountId = :accountId")
    List<Term> findWithPerson(long accountId);
}
