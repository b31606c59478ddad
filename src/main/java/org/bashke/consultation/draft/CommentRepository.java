package org.bashke.consultation.draft;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByConsultationIdOrderByIdAsc(long consultationId);

    long countByAuthorAccountIdAndCreatedAtAfter(long authorAccountId, Instant after);

    @Query("select count(c) from Comment c where c.consultationId = ?1 and c.outcome is null and c.hiddenReason is null")
    long countAwaitingAnswer(long consultationId);

    List<Comment> findByConsultationIdIn(Collection<Long> consultationIds);
}
