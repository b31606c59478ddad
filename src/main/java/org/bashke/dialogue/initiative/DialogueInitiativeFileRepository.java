package org.bashke.dialogue.initiative;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DialogueInitiativeFileRepository extends JpaRepository<InitiativeFile, InitiativeFile.Key> {

    List<InitiativeFile> findByInitiativeId(long initiativeId);

    boolean existsByInitiativeIdAndFileId(long initiativeId, long fileId);
}
