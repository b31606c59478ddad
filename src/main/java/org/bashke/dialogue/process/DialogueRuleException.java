package org.bashke.dialogue.process;

/**
 * A rule of the dialogue refused an action. {@code messageKey} names the explanation in the message
 * bundles, so the page shows it in the reader's language; {@code field} is the form field it belongs to, or null.
 */
public class DialogueRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;

    public DialogueRuleException(String messageKey) {
        this(messageKey, null);
    }

    public DialogueRuleException(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }
}
