package org.bashke.identity.web;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/** Checks shared by the identity forms; each failure is a message key next to its field. */
final class Forms {

    static final List<String> LANGUAGES = List.of("sq", "sr-Latn", "sr-Cyrl", "en");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Forms() {
    }

    static void requireEmail(Errors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "identity.form.email.required");
        } else if (value.strip().length() > 320 || !EMAIL.matcher(value.strip()).matches()) {
            errors.rejectValue(field, "identity.form.email.invalid");
        }
    }

    static void requireName(Errors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "identity.form.name.required");
        } else if (value.strip().length() > 200) {
            errors.rejectValue(field, "identity.form.name.tooLong");
        }
    }

    static void requireLanguage(Errors errors, String field, String value) {
        if (value == null || !LANGUAGES.contains(value)) {
            errors.rejectValue(field, "identity.form.language.invalid");
        }
    }

    static void passwordViolations(Errors errors, String field, List<String> keys) {
        keys.forEach(key -> errors.rejectValue(field, key));
    }

    static void requireSame(Errors errors, String field, String password, String again) {
        if (again == null || !again.equals(password)) {
            errors.rejectValue(field, "identity.form.password.mismatch");
        }
    }

    static String languageOf(java.util.Locale locale) {
        String tag = locale.toLanguageTag();
        if ("sr".equals(locale.getLanguage())) {
            return "Cyrl".equals(locale.getScript()) ? "sr-Cyrl" : "sr-Latn";
        }
        return LANGUAGES.contains(tag) ? tag : LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "sq";
    }
}
