package org.bashke.consultation.follow;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.audit.AuditLog;
import org.bashke.consultation.ConsultationOpened;
import org.bashke.consultation.ConsultationReportPublished;
import org.bashke.consultation.draft.Consultation;
import org.bashke.consultation.draft.ConsultationRepository;
import org.bashke.identity.CurrentUser;
import org.bashke.identity.UserRef;
import org.bashke.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stakeholders register interest in an institution or a consultation, and are told by e-mail when a
 * consultation opens and when its final report is published. One mail per person, even when they follow both.
 */
@Service
public class FollowConsultations {

    private final FollowRepository follows;
    private final ConsultationRepository consultations;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Mailer mailer;
    private final String baseUrl;

    FollowConsultations(FollowRepository follows, ConsultationRepository consultations, CurrentUser currentUser, AuditLog audit,
                        Mailer mailer, @Value("${bashke.base-url:http://localhost:8080}") String baseUrl) {
        this.follows = follows;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
    }

    public boolean followsInstitution(long institutionId) {
        return me().flatMap(u -> follows.findByAccountIdAndInstitutionId(u.accountId(), institutionId)).isPresent();
    }

    public boolean followsConsultation(long consultationId) {
        return me().flatMap(u -> follows.findByAccountIdAndConsultationId(u.accountId(), consultationId)).isPresent();
    }

    /** Follows, or stops following, an institution ({@code institutionId}) or a consultation ({@code consultationId}). */
    @Transactional
    public void toggle(Long institutionId, Long consultationId, String language) {
        UserRef user = me().orElseThrow(() -> new AccessDeniedException("following needs an account"));
        Optional<Follow> existing = institutionId != null
                ? follows.findByAccountIdAndInstitutionId(user.accountId(), institutionId)
                : follows.findByAccountIdAndConsultationId(user.accountId(), consultationId);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("accountId", user.accountId());
        values.put("institutionId", institutionId);
        values.put("consultationId", consultationId);
        if (existing.isPresent()) {
            follows.delete(existing.get());
            audit.record("consultation.follow.removed", "consultation-follow", existing.get().getId(), values, null);
        } else {
            Follow f = follows.save(new Follow(user.accountId(), user.email(), language, institutionId, consultationId, Instant.now()));
            audit.record("consultation.follow.added", "consultation-follow", f.getId(), null, values);
        }
    }

    @ApplicationModuleListener
    void on(ConsultationOpened event) {
        notifyFollowers(event.consultationId(), "consultation/opened");
    }

    @ApplicationModuleListener
    void on(ConsultationReportPublished event) {
        notifyFollowers(event.consultationId(), "consultation/report-followers");
    }

    void notifyFollowers(long consultationId, String template) {
        Consultation c = consultations.findById(consultationId).orElseThrow();
        Map<Long, Follow> byAccount = follows.following(c.getInstitutionId(), consultationId).stream()
                .collect(Collectors.toMap(Follow::getAccountId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (Follow f : byAccount.values()) {
            Locale locale = Locale.forLanguageTag(f.getLanguage());
            mailer.send(f.getEmail(), locale, template, Map.of(
                    "title", c.getTitle().display(locale),
                    "closesOn", String.valueOf(c.getClosesOn()),
                    "link", baseUrl + "/consultations/" + consultationId,
                    "subjectArgs", new Object[] {c.getTitle().display(locale)}));
        }
        audit.recordAs("system:consultation", "consultation.followers.notified", "consultation", consultationId, null,
                Map.of("template", template, "recipients", byAccount.size()));
    }

    private Optional<UserRef> me() {
        return currentUser.get().filter(u -> u.accountId() != null);
    }

}
