package org.bashke.council.meeting;

/** A change to a meeting refused by a named rule; {@link #messageKey()} says which, in the reader's language. */
public class MeetingRuleBroken extends RuntimeException {

    private final String messageKey;

    public MeetingRuleBroken(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
