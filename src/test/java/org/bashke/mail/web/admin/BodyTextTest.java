package org.bashke.mail.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTextTest {

    @Test
    void web_addresses_in_a_mail_become_links_and_the_rest_stays_text() {
        assertThat(BodyText.of("Konfirmoni: http://localhost:8080/verify?t=abc.\nFaleminderit"))
                .containsExactly(new BodyText("Konfirmoni: ", false), new BodyText("http://localhost:8080/verify?t=abc", true),
                        new BodyText(".\nFaleminderit", false));
    }

    @Test
    void only_http_addresses_are_links() {
        assertThat(BodyText.of("javascript:alert(1) ftp://x")).containsExactly(new BodyText("javascript:alert(1) ftp://x", false));
    }
}
