package org.bashke.council.body;

/** A seat change refused by a named rule; {@link #messageKey()} says which, in the reader's language. */
public class SeatRuleBroken extends RuntimeException {

    private final String messageKey;

    public SeatRuleBroken(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
