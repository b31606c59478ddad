package org.bashke.consultation.draft;

/**
 * A rule of the minimum standards refused an action. {@code messageKey} names the explanation in the
 * message bundles, so the page shows it in the reader's language.
 */
public class ConsultationRuleException extends RuntimeException {

    private final String messageKey;

    public ConsultationRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
