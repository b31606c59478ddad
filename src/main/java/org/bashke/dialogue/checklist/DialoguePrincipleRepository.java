package org.bashke.dialogue.checklist;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DialoguePrincipleRepository extends JpaRepository<Principle, Long> {

    List<Principle> findByActiveTrueOrderByPositionAsc();

    List<Principle> findAllByOrderByPositionAsc();

    boolean existsByCode(String code);
}
