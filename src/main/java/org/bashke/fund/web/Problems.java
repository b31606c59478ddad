package org.bashke.fund.web;

import org.bashke.fund.rules.FundRuleBroken;
import org.springframework.validation.Errors;

/** Where a refused rule is shown: next to the field it is about, or at the top of the form. */
public final class Problems {

    private Problems() {
    }

    public static void reject(Errors errors, FundRuleBroken e) {
        errors.reject(e.messageKey(), e.args(), null);
    }

    public static void reject(Errors errors, String field, FundRuleBroken e) {
        errors.rejectValue(field, e.messageKey(), e.args(), null);
    }
}
