package org.bashke.council.meeting;

/** Something wrong with a form's input: the field and the message key to show next to it. */
public record Problem(String field, String key) {
}
