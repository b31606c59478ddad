package org.bashke.portal.content;

import org.bashke.identity.CurrentUser;
import org.bashke.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may write portal content: the secretariat everything; a hub coordinator news and events of
 * their own hub only (never national items, never pages). The URL rules let coordinators reach the
 * admin pages; this is where the hub is checked, record by record.
 */
@Component
public class ContentRights {

    private final CurrentUser currentUser;

    ContentRights(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean mayWrite(ArticleKind kind, Long hubId) {
        if (currentUser.has(Role.SECRETARIAT)) {
            return true;
        }
        return kind == ArticleKind.NEWS && mayWriteForHub(hubId);
    }

    /** News and events of a hub. */
    public boolean mayWriteForHub(Long hubId) {
        return currentUser.has(Role.SECRETARIAT) || (hubId != null && currentUser.actsFor(Role.HUB_COORDINATOR, hubId));
    }

    public void requireWrite(ArticleKind kind, Long hubId) {
        if (!mayWrite(kind, hubId)) {
            throw new AccessDeniedException("portal content of another hub");
        }
    }

    public void requireHub(Long hubId) {
        if (!mayWriteForHub(hubId)) {
            throw new AccessDeniedException("portal content of another hub");
        }
    }

    public boolean isSecretariat() {
        return currentUser.has(Role.SECRETARIAT);
    }

    public java.util.Set<Long> coordinatedHubs() {
        return currentUser.scopes(Role.HUB_COORDINATOR);
    }

    public String actor() {
        return currentUser.actorName();
    }
}
