package org.bashke.mail.outbox;

import java.util.Locale;
import java.util.Map;
import org.bashke.mail.Mailer;
import org.bashke.mail.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the mail to the outbox in the caller's transaction and asks for delivery once that
 * transaction commits: a change that rolls back sends nothing, a committed one is not lost even if
 * the process dies before sending (the sweeper finds it).
 */
@Service
class OutboxMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);

    private final OutboxMails outbox;
    private final MailTemplates templates;
    private final MailDispatcher dispatcher;

    OutboxMailer(OutboxMails outbox, MailTemplates templates, MailDispatcher dispatcher) {
        this.outbox = outbox;
        this.templates = templates;
        this.dispatcher = dispatcher;
    }

    @Override
    @Transactional
    public void send(String to, Locale locale, String template, Map<String, Object> model) {
        send(to, locale, template, model, Map.of());
    }

    @Override
    @Transactional
    public void send(String to, Locale locale, String template, Map<String, Object> model, Map<String, String> headers) {
        Map<String, Object> values = model == null ? Map.of() : model;
        send(new OutgoingMail(to, templates.subject(template, locale, values), templates.body(template, locale, values), null,
                headers));
    }

    @Override
    @Transactional
    public long queue(String to, Locale locale, String template, Map<String, Object> model) {
        Map<String, Object> values = model == null ? Map.of() : model;
        return queue(new OutgoingMail(to, templates.subject(template, locale, values), templates.body(template, locale, values), null));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> deliveryCounts(java.util.Collection<Long> mailIds) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (OutboxMails.Status s : OutboxMails.Status.values()) {
            counts.put(s.name(), 0L);
        }
        outbox.countByStatus(mailIds).forEach(counts::put);
        return counts;
    }

    @Override
    @Transactional
    public void send(OutgoingMail mail) {
        queue(mail);
    }

    private long queue(OutgoingMail mail) {
        if (mail.to() == null || mail.to().isBlank()) {
            throw new IllegalArgumentException("a mail needs a recipient");
        }
        if (!dispatcher.canSend()) {
            long id = outbox.insert(mail, OutboxMails.Status.KEPT);
            log.info("No SMTP server configured (spring.mail.host): mail {} to {} is kept; read it at /admin/outbox/{}",
                    id, mail.to(), id);
            return id;
        }
        long id = outbox.insert(mail, OutboxMails.Status.QUEUED);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.deliverSoon(id);
            }
        });
        return id;
    }
}
