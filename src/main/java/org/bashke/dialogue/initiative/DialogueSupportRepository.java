package org.bashke.dialogue.initiative;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DialogueSupportRepository extends JpaRepository<Support, Support.Key> {

    List<Support> findByInitiativeIdOrderBySupportedAtAsc(long initiativeId);

    List<Support> findByInitiativeIdIn(Collection<Long> initiativeIds);

    boolean existsByInitiativeIdAndSupporterKindAndSupporterId(long initiativeId, SupporterKind kind, long supporterId);
}
