package org.bashke.directory.organisation;

import java.util.List;
import java.util.Optional;
import org.bashke.directory.OrganisationType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Organisations extends JpaRepository<Organisation, Long> {

    /** Registration numbers match without regard to case or surrounding spaces (as the unique index does). */
    @Query(value = "SELECT * FROM directory_organisation WHERE lower(btrim(registration_number)) = lower(btrim(:number))",
            nativeQuery = true)
    Optional<Organisation> findByRegistrationNumber(@Param("number") String number);

    /** Organisations of a type whose Albanian name is the same once case and accents are folded. */
    @Query(value = "SELECT * FROM directory_organisation WHERE type = :type AND directory_fold(name_sq) = directory_fold(:name)",
            nativeQuery = true)
    List<Organisation> findSameName(@Param("type") String type, @Param("name") String name);

    List<Organisation> findByArchivedFalse();

    List<Organisation> findByTypeAndArchivedFalse(OrganisationType type);

    @Query("select o.type, count(o) from Organisation o where o.archived = false group by o.type")
    List<Object[]> countActiveByType();

    default List<Organisation> findSameName(OrganisationType type, String name) {
        return findSameName(type.name(), name);
    }
}
