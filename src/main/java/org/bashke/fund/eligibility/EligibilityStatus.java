package org.bashke.fund.eligibility;

public enum EligibilityStatus {
    PENDING, ELIGIBLE, NOT_ELIGIBLE
}
