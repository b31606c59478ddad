package org.bashke.network.bulletin;

/** A rule of bulletins refused an action; {@code messageKey} says why. */
public class BulletinRuleBroken extends RuntimeException {

    private final String messageKey;

    public BulletinRuleBroken(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
