package org.bashke.council.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesComments extends JpaRepository<MinutesComment, Long> {

    List<MinutesComment> findByMinutesIdOrderById(long minutesId);
}
