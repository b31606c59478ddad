package org.bashke.identity;

/**
 * The person logged in, as other modules may know them. {@code accountId} is null only for a test
 * principal that has no account behind it.
 */
public record UserRef(Long accountId, String email, String displayName, String languageTag) {
}
