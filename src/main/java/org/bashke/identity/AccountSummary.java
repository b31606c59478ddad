package org.bashke.identity;

/** What other modules may know of a person's account: enough to name them and write to them in their language. */
public record AccountSummary(long id, String email, String displayName, String languageTag) {
}
