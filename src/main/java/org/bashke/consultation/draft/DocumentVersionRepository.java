package org.bashke.consultation.draft;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

    List<DocumentVersion> findByConsultationIdOrderByNumberDesc(long consultationId);

    Optional<DocumentVersion> findFirstByConsultationIdOrderByNumberDesc(long consultationId);
}
