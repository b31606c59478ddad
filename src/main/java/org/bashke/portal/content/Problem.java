package org.bashke.portal.content;

/** Something the user must fix: the field and the message key. */
public record Problem(String field, String key) {
}
