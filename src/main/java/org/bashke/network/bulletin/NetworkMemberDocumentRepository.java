package org.bashke.network.bulletin;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkMemberDocumentRepository extends JpaRepository<MemberDocument, Long> {

    List<MemberDocument> findAllByOrderByCreatedAtDesc();
}
