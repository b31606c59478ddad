package org.bashke.network.complaint;

/** A rule of complaint handling refused an action; {@code messageKey} explains it in the reader's language. */
public class ComplaintRuleBroken extends RuntimeException {

    private final String messageKey;
    private final String field;

    public ComplaintRuleBroken(String messageKey) {
        this(messageKey, null);
    }

    public ComplaintRuleBroken(String messageKey, String field) {
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
