package org.bashke.portal.follow;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The link signature with the installation's key, made once by the migration and shared by every instance. */
@Component
class LinkSigner {

    static final String CONFIRM = "confirm";
    static final String UNSUBSCRIBE = "unsubscribe";

    private final JdbcTemplate jdbc;
    private volatile LinkSignature signature;

    LinkSigner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String sign(String purpose, long id) {
        return signature().sign(purpose, id);
    }

    Optional<Long> verify(String purpose, String token) {
        return signature().verify(purpose, token);
    }

    private LinkSignature signature() {
        if (signature == null) {
            signature = new LinkSignature(jdbc.queryForObject("SELECT value FROM portal_secret WHERE name = 'link-signing'", String.class));
        }
        return signature;
    }
}
