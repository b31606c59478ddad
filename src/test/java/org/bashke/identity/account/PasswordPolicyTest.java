package org.bashke.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_passphrase_without_digits_or_symbols_is_accepted() {
        assertThat(policy.violations("river stone lantern orchard", "Arta Krasniqi", "arta.k@example.org")).isEmpty();
    }

    @Test
    void eleven_characters_are_too_short_and_twelve_are_enough() {
        assertThat(policy.violations("vjollcagurik")).isEmpty();
        assertThat(policy.violations("vjollcaguri")).containsExactly(PasswordPolicy.TOO_SHORT);
    }

    @Test
    void more_than_128_characters_are_too_long() {
        assertThat(policy.violations("kx".repeat(64) + "q")).contains(PasswordPolicy.TOO_LONG);
        assertThat(policy.violations("kxzq".repeat(32))).doesNotContain(PasswordPolicy.TOO_LONG);
    }

    @Test
    void an_empty_password_is_only_too_short() {
        assertThat(policy.violations("")).containsExactly(PasswordPolicy.TOO_SHORT);
        assertThat(policy.violations(null)).containsExactly(PasswordPolicy.TOO_SHORT);
    }

    @Test
    void a_common_password_is_refused_whatever_its_case() {
        assertThat(policy.violations("qwertyuiop123")).contains(PasswordPolicy.COMMON);
        assertThat(policy.violations("1Q2W3E4R5T6Y")).contains(PasswordPolicy.COMMON);
    }

    @Test
    void a_common_word_with_digits_or_symbols_added_is_still_common() {
        assertThat(policy.violations("password2026!")).contains(PasswordPolicy.COMMON);
        assertThat(policy.violations("Sunshine123456")).contains(PasswordPolicy.COMMON);
        assertThat(policy.violations("dragondragon")).contains(PasswordPolicy.COMMON);
        assertThat(policy.violations("aaaaaaaaaaaaaa")).contains(PasswordPolicy.COMMON);
    }

    @Test
    void no_composition_rules_apply() {
        assertThat(policy.violations("të gjithë bashkë në lëvizje".replace("bashkë", "sëbashku"))).isEmpty();
    }

    @Test
    void the_local_part_of_the_email_address_may_not_be_in_the_password() {
        assertThat(policy.violations("my-krasniqi77-secret", "Besa", "bkrasniqi77@example.org")).isEmpty();
        assertThat(policy.violations("XbKrasniqi77-secret", "Besa", "bkrasniqi77@example.org")).contains(PasswordPolicy.PERSONAL);
    }

    @Test
    void the_persons_name_may_not_be_in_the_password() {
        assertThat(policy.violations("drenusha-mountain-walk", "Drenusha Hoxha", "d@example.org")).contains(PasswordPolicy.PERSONAL);
        assertThat(policy.violations("quiet-mountain-hoxha", "Drenusha Hoxha", "d@example.org")).contains(PasswordPolicy.PERSONAL);
    }

    @Test
    void the_name_of_the_site_may_not_be_in_the_password() {
        assertThat(policy.violations("bashke-forever-yes")).contains(PasswordPolicy.PERSONAL);
    }

    @Test
    void very_short_name_parts_do_not_forbid_ordinary_words() {
        assertThat(policy.violations("calm walking lantern", "Al Li", "al@example.org")).isEmpty();
    }
}
