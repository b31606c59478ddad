package org.bashke.council.election;

/** An election rule refused an action; {@link #messageKey()} explains it in the reader's language. */
public class ElectionRuleBroken extends RuntimeException {

    private final String messageKey;

    public ElectionRuleBroken(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
