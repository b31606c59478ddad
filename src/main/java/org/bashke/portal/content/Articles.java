package org.bashke.portal.content;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Articles extends JpaRepository<Article, Long> {

    Optional<Article> findByKindAndSlug(ArticleKind kind, String slug);

    Page<Article> findByKindOrderByUpdatedAtDescIdDesc(ArticleKind kind, Pageable page);

    Page<Article> findByKindAndHubIdInOrderByUpdatedAtDescIdDesc(ArticleKind kind, java.util.Collection<Long> hubIds, Pageable page);

    List<Article> findByStatus(ArticleStatus status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Article a where a.id = :id")
    Optional<Article> lockById(@Param("id") long id);

    @Query("""
            select a from Article a where a.kind = org.bashke.portal.content.ArticleKind.NEWS
              and a.status = org.bashke.portal.content.ArticleStatus.PUBLISHED
              and (:hubId is null or a.hubId = :hubId)
              and (:topic is null or :topic member of a.topics)
            order by a.publishedAt desc, a.id desc""")
    Page<Article> publishedNews(@Param("hubId") Long hubId, @Param("topic") Topic topic, Pageable page);

    /**
     * The newest published news of a hub ({@code null}: of all), without counting them all (the home and
     * hub pages need a few, not a page count).
     */
    @Query("""
            select a from Article a where a.kind = org.bashke.portal.content.ArticleKind.NEWS
              and a.status = org.bashke.portal.content.ArticleStatus.PUBLISHED
              and (:hubId is null or a.hubId = :hubId)
            order by a.publishedAt desc, a.id desc""")
    List<Article> latestNews(@Param("hubId") Long hubId, Pageable first);
}
