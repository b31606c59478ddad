package org.bashke.monitoring.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.calendar.WorkingDays;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.mail.Mailer;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.obligation.MonitoringClock;
import org.bashke.monitoring.obligation.Obligation;
import org.bashke.monitoring.obligation.ObligationRepository;
import org.bashke.monitoring.obligation.OverdueRule;
import org.bashke.shared.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every working morning: the officers of the responsible institution are reminded once when a deadline is
 * {@code bashke.monitoring.reminders.days-before} working days away (default 5), and again when it has
 * passed — then every {@code overdue-every} working days (default 10) while it stays overdue.
 */
@Component("monitoringOverdueReminders")
@ConditionalOnProperty(name = "bashke.monitoring.reminders.enabled", havingValue = "true", matchIfMissing = true)
public class OverdueReminders {

    private final ObligationRepository obligations;
    private final Accounts accounts;
    private final Mailer mailer;
    private final WorkingDays workingDays;
    private final MonitoringClock clock;
    private final AuditLog audit;
    private final String baseUrl;
    private final int daysBefore;
    private final int overdueEvery;

    OverdueReminders(ObligationRepository obligations, Accounts accounts, Mailer mailer, WorkingDays workingDays,
                     MonitoringClock clock, AuditLog audit, @Value("${bashke.base-url}") String baseUrl,
                     @Value("${bashke.monitoring.reminders.days-before:5}") int daysBefore,
                     @Value("${bashke.monitoring.reminders.overdue-every:10}") int overdueEvery) {
        this.obligations = obligations;
        this.accounts = accounts;
        this.mailer = mailer;
        this.workingDays = workingDays;
        this.clock = clock;
        this.audit = audit;
        this.baseUrl = baseUrl;
        this.daysBefore = daysBefore;
        this.overdueEvery = overdueEvery;
    }

    @Scheduled(cron = "${bashke.monitoring.reminders.cron:0 30 8 * * MON-FRI}", zone = "Europe/Belgrade")
    @Transactional
    public void remind() {
        remind(clock.today());
    }

    /** @return how many reminders were sent (one per obligation and officer) */
    @Transactional
    public int remind(LocalDate today) {
        int sent = 0;
        LocalDate horizon = workingDays.addWorkingDays(today, daysBefore);
        for (Obligation o : obligations.openWithDeadlineUpTo(horizon, List.of(ObligationStatus.COMPLETED, ObligationStatus.CANCELLED))) {
            if (o.getInstitutionId() == null) {
                continue;
            }
            int overdue = OverdueRule.overdueDays(o.getDeadline(), o.getStatus(), today, workingDays);
            String template;
            if (overdue > 0) {
                if (o.getRemindedOverdueOn() != null && workingDays.workingDaysBetween(o.getRemindedOverdueOn(), today) < overdueEvery) {
                    continue;
                }
                template = "monitoring/overdue";
                o.remindedOverdue(today);
            } else {
                if (o.getRemindedBeforeOn() != null) {
                    continue;
                }
                template = "monitoring/deadline-soon";
                o.remindedBefore(today);
            }
            List<AccountSummary> officers = accounts.holders(Role.GOVERNMENT_OFFICER, o.getInstitutionId());
            for (AccountSummary officer : officers) {
                Locale locale = Locale.forLanguageTag(officer.languageTag() == null ? "sq" : officer.languageTag());
                String title = o.getTitle().display(locale);
                mailer.send(officer.email(), locale, template, Map.of(
                        "name", officer.displayName(),
                        "title", title,
                        "deadline", o.getDeadline().toString(),
                        "days", overdue > 0 ? overdue : Math.max(0, workingDays.workingDaysBetween(today, o.getDeadline())),
                        "link", baseUrl + "/monitoring/obligations/" + o.getId(),
                        "subjectArgs", new Object[] {title}));
                sent++;
            }
            audit.recordAs("system:monitoring", "monitoring.reminder.sent", "monitoring-obligation", o.getId(), null,
                    Map.of("template", template, "recipients", officers.size(), "on", today.toString()));
        }
        return sent;
    }
}
