package org.bashke.directory.organisation;

import java.util.List;

/**
 * Something wrong with one field, as a message key (shown in the reader's language) and its
 * arguments. {@code field} is the property name of {@link OrganisationDetails}.
 */
public record Problem(String field, String key, List<Object> args) {

    public Problem(String field, String key) {
        this(field, key, List.of());
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
