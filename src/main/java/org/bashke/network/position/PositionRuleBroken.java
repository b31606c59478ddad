package org.bashke.network.position;

/** A rule of positions refused an action; {@code messageKey} says why in the reader's language. */
public class PositionRuleBroken extends RuntimeException {

    private final String messageKey;

    public PositionRuleBroken(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
