package org.bashke.network.internship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.files.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the applications of closed calls once their retention period has run out: CVs, letters, motivations,
 * scores and reasons go; the call keeps only how many applied and how many were selected. Runs every night;
 * {@link #eraseDue(LocalDate)} is the job for a given day.
 */
@Component
public class ApplicationRetention {

    private static final Logger log = LoggerFactory.getLogger(ApplicationRetention.class);
    static final String ACTOR = "system (retention)";

    private final InternshipCalls calls;
    private final InternshipApplications applications;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;

    ApplicationRetention(InternshipCalls calls, InternshipApplications applications, FileStore files, AuditLog audit,
                         Optional<Clock> clock) {
        this.calls = calls;
        this.applications = applications;
        this.files = files;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(cron = "${bashke.network.internship.retention-cron:0 15 3 * * *}", zone = "Europe/Belgrade")
    public void nightly() {
        int erased = eraseDue(LocalDate.now(clock.withZone(SelectInterns.KOSOVO)));
        if (erased > 0) {
            log.info("internship retention: erased the applications of {} calls", erased);
        }
    }

    /** @return how many calls had their applications erased on {@code today} */
    @Transactional
    public int eraseDue(LocalDate today) {
        int done = 0;
        for (InternshipCall call : calls.closedNotPurged()) {
            if (!ApplicantDataPolicy.erasureDue(call.getClosedOn(), call.getRetentionDays(), today)) {
                continue;
            }
            List<InternshipApplication> all = applications.findByCallIdOrderBySubmittedAtAsc(call.getId());
            for (InternshipApplication a : all) {
                files.erase(a.getCvFileId(), ACTOR);
                files.erase(a.getLetterFileId(), ACTOR);
                applications.delete(a);
            }
            call.purged(clock.instant());
            audit.recordAs(ACTOR, "network.internship.applications.erased", "internship-call", call.getId(), null,
                    Map.of("erased", all.size(), "applicationsCount", call.getApplicationsCount(),
                            "selectedCount", call.getSelectedCount(), "on", today.toString()));
            done++;
        }
        return done;
    }
}
