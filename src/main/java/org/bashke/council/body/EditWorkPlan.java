package org.bashke.council.body;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bashke.audit.AuditLog;
import org.bashke.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A working team's annual work plan: kept by its coordinator (an office holder of the team) or the secretariat. */
@Service
@Transactional
public class EditWorkPlan {

    private final TaskRepository tasks;
    private final BodyRepository bodies;
    private final Membership membership;
    private final AuditLog audit;

    EditWorkPlan(TaskRepository tasks, BodyRepository bodies, Membership membership, AuditLog audit) {
        this.tasks = tasks;
        this.bodies = bodies;
        this.membership = membership;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Task> plan(long bodyId, int year) {
        return tasks.findByBodyIdAndYearOrderByDeadlineAscIdAsc(bodyId, year);
    }

    public long add(long bodyId, int year, String title, String owner, LocalDate deadline, String notes) {
        requireMayEdit(bodyId);
        Task task = tasks.save(new Task(bodyId, year, title, owner, deadline, notes, Instant.now()));
        audit.record("council.task.created", "task", task.getId(), null, task.auditValues());
        return task.getId();
    }

    public void update(long bodyId, long taskId, String title, String owner, LocalDate deadline, TaskStatus status, String notes) {
        requireMayEdit(bodyId);
        Task task = tasks.findById(taskId).filter(t -> t.getBodyId() == bodyId).orElseThrow(() -> new NotFoundException("task", taskId));
        var before = task.auditValues();
        task.update(title, owner, deadline, status, notes, Instant.now());
        audit.record("council.task.updated", "task", taskId, before, task.auditValues());
    }

    /** For the demo data, which runs with nobody logged in. */
    public long addAsSystem(long bodyId, int year, String title, String owner, LocalDate deadline, TaskStatus status, String notes) {
        Task task = new Task(bodyId, year, title, owner, deadline, notes, Instant.now());
        task.update(title, owner, deadline, status, notes, Instant.now());
        task = tasks.save(task);
        audit.recordAs("system:demo", "council.task.created", "task", task.getId(), null, task.auditValues());
        return task.getId();
    }

    public boolean mayEdit(long bodyId) {
        return membership.mayManage(bodyId);
    }

    private void requireMayEdit(long bodyId) {
        if (bodies.findById(bodyId).isEmpty()) {
            throw new NotFoundException("body", bodyId);
        }
        if (!membership.mayManage(bodyId)) {
            throw new AccessDeniedException("not the coordinator of body " + bodyId);
        }
    }
}
