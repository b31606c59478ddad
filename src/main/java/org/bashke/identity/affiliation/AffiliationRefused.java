package org.bashke.identity.affiliation;

/** A claim or decision that cannot be made; {@code key} is the message shown next to {@code field}. */
public class AffiliationRefused extends RuntimeException {

    private final String field;
    private final String key;

    public AffiliationRefused(String field, String key) {
        super(key);
        this.field = field;
        this.key = key;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }
}
