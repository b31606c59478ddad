package org.bashke.dialogue.web;

import org.bashke.dialogue.process.DialogueRuleException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts a refused rule next to its field when the form has that field, at the top of the form otherwise. */
public final class Rejections {

    private Rejections() {
    }

    public static void reject(BindingResult errors, DialogueRuleException e) {
        if (e.field() != null) {
            try {
                errors.rejectValue(e.field(), e.messageKey());
                return;
            } catch (NotReadablePropertyException ignored) {
                // the form has no such field: the message goes to the summary
            }
        }
        errors.reject(e.messageKey());
    }
}
