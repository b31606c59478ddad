package org.bashke.network.internship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** A signed-in person applies to an open call with a CV, a letter and a motivation; once per call. */
@Component
public class ApplyForInternship {

    private final InternshipCalls calls;
    private final InternshipApplications applications;
    private final FileStore files;
    private final InternshipAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ApplyForInternship(InternshipCalls calls, InternshipApplications applications, FileStore files, InternshipAccess access,
                       AuditLog audit, Optional<Clock> clock) {
        this.calls = calls;
        this.applications = applications;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public InternshipApplication apply(long callId, String motivation, MultipartFile cv, MultipartFile letter, Locale locale) {
        long me = access.mustBeSignedIn();
        InternshipCall call = calls.findById(callId).orElseThrow(() -> new NotFoundException("internship-call", callId));
        if (!call.takesApplications(LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Belgrade"))))) {
            throw new InternshipRuleBroken("network.internship.rule.notOpen");
        }
        if (call.isSelector(me)) {
            throw new InternshipRuleBroken("network.internship.rule.selectorApplies");
        }
        if (applications.findByCallIdAndAccountId(callId, me).isPresent()) {
            throw new InternshipRuleBroken("network.internship.rule.applied");
        }
        if (motivation == null || motivation.isBlank()) {
            throw new InternshipRuleBroken("network.internship.rule.motivation", "motivation");
        }
        if (cv == null || cv.isEmpty()) {
            throw new InternshipRuleBroken("network.internship.rule.cv", "cv");
        }
        if (letter == null || letter.isEmpty()) {
            throw new InternshipRuleBroken("network.internship.rule.letter", "letter");
        }
        StoredFile cvFile = files.store("network", cv);
        StoredFile letterFile = files.store("network", letter);
        InternshipApplication application = applications.save(new InternshipApplication(callId, me, motivation.strip(),
                cvFile.id(), letterFile.id(), Language.of(locale).tag(), clock.instant()));
        audit.record("network.internship.applied", "internship-application", application.getId(), null, application.audit());
        return application;
    }
}
