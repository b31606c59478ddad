package org.bashke.consultation.draft;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentFileRepository extends JpaRepository<DocumentFile, Long> {

    List<DocumentFile> findByConsultationIdOrderByIdAsc(long consultationId);
}
