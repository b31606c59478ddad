package org.bashke.network.internship;

/**
 * A rule of the internship programme refused an action. {@code messageKey} names the explanation in the
 * reader's language; {@code field} is the form field it belongs to, or null.
 */
public class InternshipRuleBroken extends RuntimeException {

    private final String messageKey;
    private final String field;

    public InternshipRuleBroken(String messageKey) {
        this(messageKey, null);
    }

    public InternshipRuleBroken(String messageKey, String field) {
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
