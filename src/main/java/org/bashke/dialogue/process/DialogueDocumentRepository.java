package org.bashke.dialogue.process;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DialogueDocumentRepository extends JpaRepository<ProcessDocument, Long> {

    List<ProcessDocument> findByProcessIdOrderByAddedAtAscIdAsc(long processId);
}
