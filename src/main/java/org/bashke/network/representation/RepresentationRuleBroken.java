package org.bashke.network.representation;

/** A rule of the representation register refused an action; {@code messageKey} says why. */
public class RepresentationRuleBroken extends RuntimeException {

    private final String messageKey;

    public RepresentationRuleBroken(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
