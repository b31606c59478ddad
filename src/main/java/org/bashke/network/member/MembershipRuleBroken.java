package org.bashke.network.member;

/**
 * A membership rule refused an action; {@link #messageKey()} explains it in the reader's language and
 * {@link #field()} names the form field it concerns (null for the form as a whole).
 */
public class MembershipRuleBroken extends RuntimeException {

    private final String messageKey;
    private final String field;

    public MembershipRuleBroken(String messageKey) {
        this(null, messageKey);
    }

    public MembershipRuleBroken(String field, String messageKey) {
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
