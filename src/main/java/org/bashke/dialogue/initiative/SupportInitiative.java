package org.bashke.dialogue.initiative;

import java.time.Instant;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.dialogue.process.Actor;
import org.bashke.dialogue.process.DialogueAccess;
import org.bashke.dialogue.process.DialogueRuleException;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other CSOs support an initiative — one support per organisation, by its representative; the hub
 * coordinator of the initiative's region and the secretariat may add theirs.
 */
@Service
public class SupportInitiative {

    private final DialogueInitiativeRepository initiatives;
    private final DialogueSupportRepository supports;
    private final DialogueAccess access;
    private final Directory directory;
    private final AuditLog audit;

    SupportInitiative(DialogueInitiativeRepository initiatives, DialogueSupportRepository supports, DialogueAccess access,
                      Directory directory, AuditLog audit) {
        this.initiatives = initiatives;
        this.supports = supports;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
    }

    /** A CSO's support, given by its representative. */
    @Transactional
    public void supportAsCso(long initiativeId, long organisationId) {
        Initiative i = find(initiativeId);
        SupportPolicy.requireCsoMaySupport(access.actor(), i, organisationId,
                supports.existsByInitiativeIdAndSupporterKindAndSupporterId(initiativeId, SupporterKind.CSO, organisationId));
        access.requireCso(organisationId, "organisationId");
        save(i, SupporterKind.CSO, organisationId);
    }

    /** The regional hub's support, given by its coordinator, for an initiative in the region it serves. */
    @Transactional
    public void supportAsHub(long initiativeId) {
        Initiative i = find(initiativeId);
        Actor actor = access.actor();
        if (i.getHubCode() == null || !actor.hubCoordinatorOf().contains(i.getHubCode())) {
            throw new AccessDeniedException("not the coordinator of the hub serving this initiative's region");
        }
        HubSummary hub = directory.hub(i.getHubCode()).orElseThrow(() -> new NotFoundException("hub", i.getHubCode()));
        requireNew(i, SupporterKind.HUB, hub.id());
        save(i, SupporterKind.HUB, hub.id());
    }

    @Transactional
    public void supportAsSecretariat(long initiativeId) {
        Initiative i = find(initiativeId);
        if (!access.actor().secretariat()) {
            throw new AccessDeniedException("not the secretariat");
        }
        requireNew(i, SupporterKind.SECRETARIAT, 0L);
        save(i, SupporterKind.SECRETARIAT, 0L);
    }

    private void requireNew(Initiative i, SupporterKind kind, long id) {
        i.requireOpenForSupport();
        if (supports.existsByInitiativeIdAndSupporterKindAndSupporterId(i.getId(), kind, id)) {
            throw new DialogueRuleException("dialogue.rule.support.already");
        }
    }

    private void save(Initiative i, SupporterKind kind, long id) {
        supports.save(new Support(i.getId(), kind, id, access.actorName(), Instant.now()));
        audit.record("dialogue.initiative.supported", "dialogue-initiative", i.getId(), null,
                Map.of("kind", kind, "supporterId", id));
    }

    private Initiative find(long id) {
        return initiatives.findById(id).orElseThrow(() -> new NotFoundException("initiative", id));
    }
}
