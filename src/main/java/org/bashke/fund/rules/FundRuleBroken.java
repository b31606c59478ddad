package org.bashke.fund.rules;

/**
 * A rule of the fund refused what was asked. {@link #messageKey()} names the explanation in the reader's
 * language; {@link #args()} fill it (amounts, dates).
 */
public class FundRuleBroken extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public FundRuleBroken(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        // numbers are shown as written (a year, an id, an amount), never with a locale's grouping: "2026", not "2,026"
        this.args = java.util.Arrays.stream(args).map(a -> a instanceof java.math.BigDecimal b ? b.toPlainString()
                : a instanceof Number n ? String.valueOf(n) : a).toArray();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
