package org.bashke.dialogue.process;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DialogueStepRepository extends JpaRepository<ProcessStep, Long> {

    List<ProcessStep> findByProcessIdOrderByHeldOnAscIdAsc(long processId);
}
