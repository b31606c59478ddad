package org.bashke.council.body;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeclarationRepository extends JpaRepository<Declaration, Long> {

    List<Declaration> findByTermIdInOrderByFiledAtDesc(Collection<Long> termIds);

    List<Declaration> findByAccountIdOrderByFiledAtDesc(long accountId);
}
