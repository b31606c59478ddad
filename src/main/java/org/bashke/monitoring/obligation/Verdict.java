package org.bashke.monitoring.obligation;

/** The CSO side's view of a government update. */
public enum Verdict {
    AGREE, PARTLY, DISAGREE;

    public String labelKey() {
        return "monitoring.verdict." + name();
    }
}
