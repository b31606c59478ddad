package org.bashke.network.complaint.web;

import org.bashke.network.complaint.ComplaintRuleBroken;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/** Puts a refused complaint rule's message next to its field when the form has one, else at the top. */
final class ComplaintViews {

    private ComplaintViews() {
    }

    static void reject(BindingResult errors, ComplaintRuleBroken e) {
        if (e.field() != null && errors.getTarget() != null
                && BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(), e.field()) != null) {
            errors.rejectValue(e.field(), e.messageKey());
        } else {
            errors.reject(e.messageKey());
        }
    }
}
