package org.bashke.mail;

import java.util.Locale;
import java.util.Map;

/** Queues e-mail in the caller's transaction: it leaves only if the caller's change commits. */
public interface Mailer {

    /**
     * Renders {@code templates/mail/<template>.txt} (Thymeleaf text mode; {@code #{...}} resolves in
     * {@code locale}, Serbian Cyrillic included) with {@code model}; the subject is the message
     * {@code mail.<template with '/' as '.'>.subject}, formatted with {@code model.get("subjectArgs")}
     * when that is an {@code Object[]}.
     */
    void send(String to, Locale locale, String template, Map<String, Object> model);

    /** As {@link #send(String, Locale, String, Map)}, with extra header fields (see {@link OutgoingMail#headers()}). */
    void send(String to, Locale locale, String template, Map<String, Object> model, Map<String, String> headers);

    /** A mail already written, possibly with attachments (calendar invitations, reports). */
    void send(OutgoingMail mail);

    /**
     * The same as {@link #send(String, Locale, String, Map)}, returning the outbox id of the mail so the
     * sender can follow its delivery with {@link #deliveryCounts(java.util.Collection)} (bulletins show progress).
     */
    long queue(String to, Locale locale, String template, Map<String, Object> model);

    /** How many of these mails are in each delivery state (QUEUED, SENT, FAILED, KEPT); absent states are 0. */
    Map<String, Long> deliveryCounts(java.util.Collection<Long> mailIds);
}
