package org.bashke.council.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Invitations extends JpaRepository<Invitation, Long> {

    List<Invitation> findByMeetingId(long meetingId);

    Optional<Invitation> findByMeetingIdAndAccountId(long meetingId, long accountId);
}
