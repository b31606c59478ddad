package org.bashke.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTest {

    private final PasswordEncoder encoder = SecurityConfiguration.passwordEncoder(4);

    @Test
    void a_password_of_128_two_byte_letters_is_hashed_and_every_letter_counts() {
        String longest = "ë".repeat(128);
        String hash = encoder.encode(longest);

        assertThat(hash).startsWith("{bcrypt-sha256}$2a$04$");
        assertThat(encoder.matches(longest, hash)).isTrue();
        assertThat(encoder.matches("ë".repeat(127) + "e", hash)).isFalse();
    }

    @Test
    void plain_bcrypt_hashes_still_match() {
        String legacy = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("an older password here");
        assertThat(encoder.matches("an older password here", legacy)).isTrue();
    }

    @Test
    void the_default_cost_is_twelve() {
        assertThat(SecurityConfiguration.passwordEncoder(12).encode("cost check password")).contains("$2a$12$");
    }
}
