package org.bashke.dialogue;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.bashke.identity.Principals;
import org.bashke.shared.security.Role;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** People who act for one organisation or hub, for MockMvc (identity's {@link Principals}). */
final class ScopedPeople {

    private static final AtomicLong ACCOUNTS = new AtomicLong(880_000 + ThreadLocalRandom.current().nextInt(10_000));

    private ScopedPeople() {
    }

    static RequestPostProcessor actingFor(Role role, long scope) {
        long id = ACCOUNTS.incrementAndGet();
        return user(Principals.of(id, "person-" + id + "@bashke.test", "Person " + id, Map.of(role, Set.of(scope))));
    }
}
