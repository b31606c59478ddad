package org.bashke.dialogue.commitment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DialogueCommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findByProcessIdOrderByMadeOnAscIdAsc(long processId);

    List<Commitment> findByInitiativeIdOrderByMadeOnAscIdAsc(long initiativeId);
}
