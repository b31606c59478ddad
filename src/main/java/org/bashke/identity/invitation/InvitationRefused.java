package org.bashke.identity.invitation;

import java.util.List;

/** An invitation that cannot be sent or accepted as asked; each error names its form field and message key. */
public class InvitationRefused extends RuntimeException {

    public record FieldError(String field, String key) {
    }

    private final List<FieldError> errors;

    public InvitationRefused(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public InvitationRefused(String field, String key) {
        this(List.of(new FieldError(field, key)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
