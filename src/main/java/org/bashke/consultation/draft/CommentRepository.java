package org.bashke.consultation.draft;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByConsultationIdOrderByIdAsc(long consultationId);

    long countByAuthorAccountIdAndCreatedAtAfter(long authorAccountId, Instant after);

    @Query("select count(c) from Comment c where c.consultationId = ?1 and c.outcome is null and c.hiddenReason is null")
    long countAwaitingAnswer(long consultationId);

    List<Comment> findByConsultationIdIn(Collection<Long> consultationIds);

    /** Per consultation and outcome (null: not answered yet), how many comments are not hidden: the compliance figures in one query. */
    @Query("""
            select c.consultationId, c.outcome, count(c) from Comment c
            where c.consultationId in :ids and c.hiddenReason is null
            group by c.consultationId, c.outcome""")
    List<Object[]> countVisiblePerOutcome(@Param("ids") Collection<Long> consultationIds);

    /** The newest {@code perTarget} comments on each article and on the whole draft (article null). */
    @Query(value = """
            SELECT * FROM (
              SELECT c.*, row_number() OVER (PARTITION BY c.article_id ORDER BY c.id DESC) AS rank
              FROM consultation_comment c WHERE c.consultation_id = :consultationId) ranked
            WHERE rank <= :perTarget ORDER BY id""", nativeQuery = true)
    List<Comment> newestPerTarget(@Param("consultationId") long consultationId, @Param("perTarget") int perTarget);

    /** Per article (null: the whole draft): how many comments. */
    @Query("select c.articleId, count(c) from Comment c where c.consultationId = ?1 group by c.articleId")
    List<Object[]> countPerTarget(long consultationId);

    /** Per outcome (null: not answered), comments that are not hidden plus hidden ones, as the report counts them. */
    @Query("select c.outcome, count(c) from Comment c where c.consultationId = ?1 group by c.outcome")
    List<Object[]> countPerOutcome(long consultationId);

    @Query("select count(distinct c.authorAccountId) from Comment c where c.consultationId = ?1")
    long countAuthors(long consultationId);

    @Query("select count(distinct c.organisationId) from Comment c where c.consultationId = ?1")
    long countOrganisations(long consultationId);

    org.springframework.data.domain.Page<Comment> findByConsultationIdAndArticleId(long consultationId, long articleId,
                                                                                  org.springframework.data.domain.Pageable page);

    org.springframework.data.domain.Page<Comment> findByConsultationIdAndArticleIdIsNull(long consultationId,
                                                                                        org.springframework.data.domain.Pageable page);

    /** How many comments on the same target come before a comment: where it falls in the oldest-first pages. */
    long countByConsultationIdAndArticleIdAndIdLessThan(long consultationId, long articleId, long id);

    long countByConsultationIdAndArticleIdIsNullAndIdLessThan(long consultationId, long id);
}
