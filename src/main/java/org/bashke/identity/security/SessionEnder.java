package org.bashke.identity.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of an account on every instance (they live in PostgreSQL) when its password is
 * reset: whoever knew the old one is out.
 */
@Component
public class SessionEnder {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SessionEnder(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    public void endAllOf(String username) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository != null && username != null) {
            repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
        }
    }
}
