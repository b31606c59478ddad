package org.bashke.monitoring.obligation;

/**
 * A rule of monitoring said no. {@link #messageKey()} says why in the reader's language; {@link #field()}
 * names the form field it belongs to (or null for the whole form).
 */
public class MonitoringRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public MonitoringRuleException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
