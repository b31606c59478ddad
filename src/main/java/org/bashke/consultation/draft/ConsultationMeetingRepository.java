package org.bashke.consultation.draft;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationMeetingRepository extends JpaRepository<ConsultationMeeting, Long> {

    List<ConsultationMeeting> findByConsultationIdOrderByHeldOnAscIdAsc(long consultationId);

    List<ConsultationMeeting> findByConsultationIdIn(Collection<Long> consultationIds);
}
