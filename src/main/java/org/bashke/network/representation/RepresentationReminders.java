package org.bashke.network.representation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.mail.Mailer;
import org.bashke.network.position.ManagePositions;
import org.bashke.shared.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning: a representative is reminded once when a report-back is {@code bashke.network.reports.days-before}
 * days away (default 7), and once more when it is overdue; the overdue reminder also goes to the secretariat. A
 * representative without an account is chased by the secretariat alone.
 */
@Component("networkRepresentationReminders")
public class RepresentationReminders {

    private final NetworkRepresentationReportRepository reports;
    private final NetworkRepresentationRepository representations;
    private final Accounts accounts;
    private final Mailer mailer;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;
    private final int daysBefore;

    RepresentationReminders(NetworkRepresentationReportRepository reports, NetworkRepresentationRepository representations,
                            Accounts accounts, Mailer mailer, AuditLog audit, Optional<Clock> clock,
                            @Value("${bashke.base-url}") String baseUrl, @Value("${bashke.network.reports.days-before:7}") int daysBefore) {
        this.reports = reports;
        this.representations = representations;
        this.accounts = accounts;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
        this.baseUrl = baseUrl;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${bashke.network.reports.cron:0 15 8 * * *}", zone = "Europe/Belgrade")
    @Transactional
    public void remind() {
        remind(LocalDate.now(clock.withZone(ManagePositions.KOSOVO)));
    }

    /** @return how many mails were queued */
    @Transactional
    public int remind(LocalDate today) {
        int sent = 0;
        for (RepresentationReport report : reports.findByFiledOnIsNullAndDueOnLessThanEqualOrderByDueOnAsc(today.plusDays(daysBefore))) {
            Representation r = representations.findById(report.getRepresentationId()).orElse(null);
            if (r == null) {
                continue;
            }
            if (report.wantsOverdueReminder(today)) {
                report.remindedOverdue(today);
                sent += mailRepresentative(r, report, "network/report-overdue");
                for (AccountSummary s : accounts.holders(Role.SECRETARIAT, null)) {
                    mail(s, r, report, "network/report-overdue-secretariat");
                    sent++;
                }
                audit.recordAs("system", "network.representation.reminded-overdue", "network-representation-report", report.getId(),
                        null, Map.of("dueOn", report.getDueOn()));
            } else if (report.wantsEarlyReminder(today, daysBefore)) {
                report.remindedBefore(today);
                sent += mailRepresentative(r, report, "network/report-due");
                audit.recordAs("system", "network.representation.reminded", "network-representation-report", report.getId(),
                        null, Map.of("dueOn", report.getDueOn()));
            }
        }
        return sent;
    }

    private int mailRepresentative(Representation r, RepresentationReport report, String template) {
        if (r.getRepresentativeAccountId() == null) {
            return 0;
        }
        return accounts.account(r.getRepresentativeAccountId()).map(a -> {
            mail(a, r, report, template);
            return 1;
        }).orElse(0);
    }

    private void mail(AccountSummary to, Representation r, RepresentationReport report, String template) {
        Locale locale = Locale.forLanguageTag(to.languageTag() == null ? "sq" : to.languageTag());
        Map<String, Object> model = new HashMap<>();
        model.put("name", to.displayName());
        model.put("representative", r.getRepresentativeName());
        model.put("place", r.getPlace().display(locale));
        model.put("due", report.getDueOn().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        model.put("link", baseUrl + (template.endsWith("secretariat") ? "/admin/network/representation/" + r.getId()
                : "/network/my-representation"));
        model.put("subjectArgs", new Object[] {r.getPlace().display(locale)});
        mailer.send(to.email(), locale, template, model);
    }

}
