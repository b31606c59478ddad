package org.bashke.portal.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LinkSignatureTest {

    final LinkSignature signature = new LinkSignature("0123456789abcdef0123456789abcdef-test-key");

    @Test
    void a_signed_link_opens_for_the_subscriber_it_was_made_for() {
        assertThat(signature.verify("unsubscribe", signature.sign("unsubscribe", 42))).contains(42L);
    }

    @Test
    void changing_the_id_in_a_link_does_not_open_another_subscriber() {
        String token = signature.sign("unsubscribe", 42);
        String forged = "43" + token.substring(token.indexOf('.'));
        assertThat(signature.verify("unsubscribe", forged)).isEmpty();
    }

    @Test
    void a_confirmation_link_cannot_unsubscribe() {
        assertThat(signature.verify("unsubscribe", signature.sign("confirm", 42))).isEmpty();
    }

    @Test
    void a_link_signed_with_another_key_is_refused() {
        LinkSignature other = new LinkSignature("another-key-another-key-another-key-0000");
        assertThat(signature.verify("confirm", other.sign("confirm", 7))).isEmpty();
    }

    @Test
    void garbage_is_refused_without_an_error() {
        assertThat(signature.verify("confirm", null)).isEmpty();
        assertThat(signature.verify("confirm", "")).isEmpty();
        assertThat(signature.verify("confirm", "abc.def")).isEmpty();
        assertThat(signature.verify("confirm", ".")).isEmpty();
        assertThat(signature.verify("confirm", "1.x".repeat(100))).isEmpty();
    }

    @Test
    void a_short_key_is_refused() {
        assertThatThrownBy(() -> new LinkSignature("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
