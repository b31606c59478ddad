package org.bashke.platform;

/**
 * A logged-in person switched the interface language; {@code identity} keeps it with the account.
 *
 * @param username the login name (e-mail address) of the person
 * @param languageTag a supported tag: sq, sr-Latn, sr-Cyrl or en
 */
public record LanguageChosen(String username, String languageTag) {
}
