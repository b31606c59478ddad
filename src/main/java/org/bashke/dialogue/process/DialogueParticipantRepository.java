package org.bashke.dialogue.process;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DialogueParticipantRepository extends JpaRepository<Participant, Participant.Key> {

    List<Participant> findByProcessIdOrderByAddedAtAsc(long processId);

    boolean existsByProcessIdAndOrganisationId(long processId, long organisationId);

    void deleteByProcessIdAndOrganisationId(long processId, long organisationId);
}
