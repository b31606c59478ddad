package org.bashke.network.code;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CodeReminderRepository extends JpaRepository<CodeReminder, Long> {

    List<CodeReminder> findByCodeVersionIdOrderBySentAtDesc(long codeVersionId);
}
