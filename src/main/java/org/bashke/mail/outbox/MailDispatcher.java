package org.bashke.mail.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mail over SMTP. Each send holds the row's lock ({@code FOR UPDATE SKIP LOCKED}) for
 * the length of the SMTP conversation, so two app instances never send the same mail. A failed
 * attempt is retried with growing waits; after {@link #MAX_ATTEMPTS} the mail is FAILED.
 * Without {@code spring.mail.host} Boot makes no JavaMailSender and nothing is sent.
 */
@Component
public class MailDispatcher {

    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int SWEEP_BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboxMails outbox;
    private final JavaMailSender sender;
    private final TransactionTemplate newTransaction;
    private final InternetAddress from;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService soon = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "mail-dispatch");
        t.setDaemon(true);
        return t;
    });

    @Autowired
    MailDispatcher(OutboxMails outbox, ObjectProvider<JavaMailSender> sender, PlatformTransactionManager transactions,
                   @Value("${bashke.mail.from}") String from) {
        this(outbox, sender.getIfAvailable(), transactions, from);
    }

    /** {@code sender} null: no SMTP, every mail is kept for admins. */
    public MailDispatcher(OutboxMails outbox, JavaMailSender sender, PlatformTransactionManager transactions, String from) {
        this.outbox = outbox;
        this.sender = sender;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = address(from);
    }

    public boolean canSend() {
        return sender != null;
    }

    /** Called after the sender's commit: try now, off the request thread. The sweeper covers any miss. */
    void deliverSoon(long id) {
        try {
            soon.execute(() -> deliver(id));
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Shutting down; mail {} stays queued for the next start", id);
        }
    }

    /** Sends one mail if it is still queued and no one else holds it; true when it went out. */
    public boolean deliver(long id) {
        if (sender == null) {
            return false;
        }
        Boolean sent = newTransaction.execute(s -> outbox.claim(id).map(this::attempt).orElse(false));
        return Boolean.TRUE.equals(sent);
    }

    @Scheduled(fixedDelayString = "${bashke.mail.sweep-interval:PT10S}", initialDelayString = "${bashke.mail.sweep-interval:PT10S}")
    public void sweep() {
        if (sender == null) {
            return;
        }
        for (int i = 0; i < SWEEP_BATCH; i++) {
            Boolean found = newTransaction.execute(s -> outbox.claimNextDue().map(m -> {
                attempt(m);
                return true;
            }).orElse(false));
            if (!Boolean.TRUE.equals(found)) {
                return;
            }
        }
    }

    private boolean attempt(OutboxMails.OutboxMail mail) {
        try {
            sender.send(mime(mail));
            outbox.markSent(mail.id());
            return true;
        } catch (Exception e) {
            int attempts = mail.attempts() + 1;
            Instant next = attempts >= MAX_ATTEMPTS ? null : clock.instant().plus(waitAfter(attempts));
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            outbox.markAttemptFailed(mail.id(), error.length() > 2000 ? error.substring(0, 2000) : error, next);
            log.warn("Mail {} to {} not sent (attempt {} of {}): {}", mail.id(), mail.recipient(), attempts, MAX_ATTEMPTS, error);
            return false;
        }
    }

    /** 30 s, 1 min, 2 min, 4 min ... at most an hour. */
    static Duration waitAfter(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private MimeMessage mime(OutboxMails.OutboxMail mail) throws Exception {
        var attachments = outbox.attachments(mail.id());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        for (var header : mail.headerFields().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        for (OutboxMails.StoredAttachment a : attachments) {
            helper.addAttachment(a.filename(), new ByteArrayResource(a.content()), a.contentType());
        }
        return message;
    }

    /** "Bashkë &lt;no-reply@…&gt;": the display name may hold any letters, so it is encoded as UTF-8. */
    private static InternetAddress address(String from) {
        try {
            InternetAddress parsed = new InternetAddress(from, false);
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (Exception e) {
            throw new IllegalArgumentException("bashke.mail.from is not an e-mail address: " + from, e);
        }
    }

    @PreDestroy
    void stop() {
        soon.shutdown();
    }
}
