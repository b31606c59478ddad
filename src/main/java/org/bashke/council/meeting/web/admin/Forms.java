package org.bashke.council.meeting.web.admin;

import java.util.List;
import org.bashke.council.meeting.Problem;
import org.springframework.validation.BindingResult;

final class Forms {

    private Forms() {
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void reject(BindingResult errors, List<Problem> problems) {
        problems.forEach(p -> errors.rejectValue(p.field(), p.key()));
    }
}
