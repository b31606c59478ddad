package org.bashke.council.voice;

/**
 * A change refused by one of the CSO-voice rules; {@link #messageKey()} says which rule, in the reader's
 * language (keys {@code council-voice.rule.*}).
 */
public class VoiceRuleBroken extends RuntimeException {

    private final String messageKey;

    public VoiceRuleBroken(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
