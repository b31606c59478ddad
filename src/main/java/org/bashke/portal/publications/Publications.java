package org.bashke.portal.publications;

import java.util.Collection;
import java.util.List;
import org.bashke.portal.content.ArticleStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Publications extends JpaRepository<Publication, Long> {

    List<Publication> findAllByOrderByUpdatedAtDesc();

    List<Publication> findByHubIdInOrderByUpdatedAtDesc(Collection<Long> hubIds);

    List<Publication> findByStatus(ArticleStatus status);

    /**
     * The public library with its filters; each filter is off when null. {@code language} keeps the
     * publications that have a file in that language.
     */
    @Query(value = """
            SELECT p.* FROM portal_publication p
             WHERE p.status = 'PUBLISHED'
               AND (CAST(:type AS VARCHAR) IS NULL OR p.type = CAST(:type AS VARCHAR))
               AND (CAST(:year AS INTEGER) IS NULL OR EXTRACT(YEAR FROM p.issued_on) = CAST(:year AS INTEGER))
               AND (CAST(:hubId AS BIGINT) IS NULL OR p.hub_id = CAST(:hubId AS BIGINT))
               AND (CAST(:organisationId AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM portal_publication_author a
                        WHERE a.publication_id = p.id AND a.organisation_id = CAST(:organisationId AS BIGINT)))
               AND (CAST(:language AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM portal_publication_file f
                        WHERE f.publication_id = p.id AND f.language = CAST(:language AS VARCHAR)))
             ORDER BY p.issued_on DESC, p.id DESC""",
            countQuery = """
            SELECT count(*) FROM portal_publication p
             WHERE p.status = 'PUBLISHED'
               AND (CAST(:type AS VARCHAR) IS NULL OR p.type = CAST(:type AS VARCHAR))
               AND (CAST(:year AS INTEGER) IS NULL OR EXTRACT(YEAR FROM p.issued_on) = CAST(:year AS INTEGER))
               AND (CAST(:hubId AS BIGINT) IS NULL OR p.hub_id = CAST(:hubId AS BIGINT))
               AND (CAST(:organisationId AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM portal_publication_author a
                        WHERE a.publication_id = p.id AND a.organisation_id = CAST(:organisationId AS BIGINT)))
               AND (CAST(:language AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM portal_publication_file f
                        WHERE f.publication_id = p.id AND f.language = CAST(:language AS VARCHAR)))""",
            nativeQuery = true)
    Page<Publication> published(@Param("type") String type, @Param("year") Integer year, @Param("hubId") Long hubId,
                                @Param("organisationId") Long organisationId, @Param("language") String language,
                                Pageable page);

    /** The years that have published publications, newest first (the year filter's choices). */
    @Query(value = """
            SELECT DISTINCT CAST(EXTRACT(YEAR FROM issued_on) AS INTEGER) AS y FROM portal_publication
             WHERE status = 'PUBLISHED' ORDER BY y DESC""", nativeQuery = true)
    List<Integer> publishedYears();

    /** The organisations that authored published publications (the organisation filter's choices). */
    @Query(value = """
            SELECT DISTINCT a.organisation_id FROM portal_publication_author a
              JOIN portal_publication p ON p.id = a.publication_id WHERE p.status = 'PUBLISHED'""", nativeQuery = true)
    List<Long> publishedAuthorIds();
}
