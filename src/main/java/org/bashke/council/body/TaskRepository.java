package org.bashke.council.body;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskRepository extends JpaRepository<Task, Long> {

    List<Task> findByBodyIdAndYearOrderByDeadlineAscIdAsc(long bodyId, int year);
}
