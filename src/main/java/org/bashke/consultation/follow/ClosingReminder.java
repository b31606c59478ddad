package org.bashke.consultation.follow;

import java.time.LocalDate;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.consultation.ConsultationStage;
import org.bashke.consultation.draft.Consultation;
import org.bashke.consultation.draft.ConsultationRepository;
import org.bashke.consultation.draft.ManageConsultations;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every morning: followers of a consultation that closes within a week are reminded, once. */
@Component
@ConditionalOnProperty(name = "bashke.consultation.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ClosingReminder {

    private final ConsultationRepository consultations;
    private final FollowConsultations follow;
    private final AuditLog audit;

    ClosingReminder(ConsultationRepository consultations, FollowConsultations follow, AuditLog audit) {
        this.consultations = consultations;
        this.follow = follow;
        this.audit = audit;
    }

    @Scheduled(cron = "${bashke.consultation.reminders.cron:0 0 8 * * *}", zone = "Europe/Belgrade")
    @Transactional
    public void remind() {
        remind(LocalDate.now(ManageConsultations.KOSOVO));
    }

    @Transactional
    public int remind(LocalDate today) {
        int sent = 0;
        for (Consultation c : consultations.findByStageOrderByClosesOnAsc(ConsultationStage.WRITTEN)) {
            if (c.dueForClosingReminder(today)) {
                follow.notifyFollowers(c.getId(), "consultation/closing-soon");
                c.closingReminderSent(today);
                audit.recordAs("system:consultation", "consultation.reminder.sent", "consultation", c.getId(), null,
                        Map.of("reminderSentOn", today.toString()));
                sent++;
            }
        }
        return sent;
    }
}
