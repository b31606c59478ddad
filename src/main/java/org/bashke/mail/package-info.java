/**
 * Outgoing e-mail: kept in an outbox table in the sender's transaction, sent after commit through
 * SMTP, or kept for admins to read when no SMTP server is configured. API: {@link org.bashke.mail.Mailer}.
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.mail;
