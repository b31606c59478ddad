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

    /** The oldest comments awaiting an answer (as {@link #countAwaitingAnswer} counts them), at most {@code limit}. */
    @Query(value = """
            SELECT * FROM consultation_comment c
             WHERE c.consultation_id = :consultationId AND c.outcome IS NULL AND c.hidden_reason IS NULL
             ORDER BY c.id LIMIT :limit""", nativeQuery = true)
    List<Comment> oldestAwaitingAnswer(@Param("consultationId") long consultationId, @Param("limit") int limit);

    /** Per consultation and outcome (null: not answered yet), how many comments are not hidden: the compliance figures in one query. */
    @Query("""
            select c.consultationId, c.outcome, count(c) from Comment c
            where c.consultationId in :ids and c.hiddenReason is null
            group by c.consultationId, c.outcome""")
    List<Object[]> countVisiblePerOutcome(@Param("ids") Collection<Long> consultationIds);

    /**
     * The newest {@code perTarget} comments on each article of any version and on the whole draft (article
     * null), oldest first: one walk of the target index per article, so the cost does not grow with the
     * comments.
     */
    @Query(value = """
            SELECT n.* FROM consultation_article a
              JOIN consultation_document_version v ON v.id = a.version_id AND v.consultation_id = :consultationId
             CROSS JOIN LATERAL (SELECT c.* FROM consultation_comment c
                                  WHERE c.consultation_id = :consultationId AND c.article_id = a.id
                                  ORDER BY c.id DESC LIMIT :perTarget) n
            UNION ALL
            SELECT g.* FROM (SELECT c.* FROM consultation_comment c
                              WHERE c.consultation_id = :consultationId AND c.article_id IS NULL
                              ORDER BY c.id DESC LIMIT :perTarget) g
            ORDER BY id""", nativeQuery = true)
    List<Comment> newestPerTarget(@Param("consultationId") long consultationId, @Param("perTarget") int perTarget);

    /** Per article (null: the whole draft): how many comments. */
    @Query("select c.articleId, count(c) from Comment c where c.consultationId = ?1 group by c.articleId")
    List<Object[]> countPerTarget(long consultationId);

    /** Per outcome (null: not answered), comments that are not hidden plus hidden ones, as the report counts them. */
    @Query("select c.outcome, count(c) from Comment c where c.consultationId = ?1 group by c.outcome")
    List<Object[]> countPerOutcome(long consultationId);

    /**
     * In one pass over a consultation's comments: how many await an answer (as {@link #countAwaitingAnswer}),
     * how many people and how many organisations wrote them.
     */
    @Query("""
            select coalesce(sum(case when c.outcome is null and c.hiddenReason is null then 1 else 0 end), 0),
                   count(distinct c.authorAccountId), count(distinct c.organisationId)
            from Comment c where c.consultationId = ?1""")
    List<Object[]> awaitingAuthorsOrganisations(long consultationId);

    org.springframework.data.domain.Page<Comment> findByConsultationIdAndArticleId(long consultationId, long articleId,
                                                                                  org.springframework.data.domain.Pageable page);

    org.springframework.data.domain.Page<Comment> findByConsultationIdAndArticleIdIsNull(long consultationId,
                                                                                        org.springframework.data.domain.Pageable page);

    /** How many comments on the same target come before a comment: where it falls in the oldest-first pages. */
    long countByConsultationIdAndArticleIdAndIdLessThan(long consultationId, long articleId, long id);

    long countByConsultationIdAndArticleIdIsNullAndIdLessThan(long consultationId, long id);
}
