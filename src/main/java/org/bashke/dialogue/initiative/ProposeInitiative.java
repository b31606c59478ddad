package org.bashke.dialogue.initiative;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.dialogue.process.DialogueAccess;
import org.bashke.dialogue.process.DialogueAccessPolicy;
import org.bashke.dialogue.process.DialogueRuleException;
import org.bashke.dialogue.process.Placement;
import org.bashke.files.FileRejected;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** A CSO representative proposes an initiative, for their own CSO, to a public institution or a municipality. */
@Service
public class ProposeInitiative {

    public record Values(long organisationId, long targetOrganisationId, String title, String problem, String ask, String language) {
    }

    private final DialogueInitiativeRepository initiatives;
    private final DialogueInitiativeFileRepository files;
    private final FileStore fileStore;
    private final DialogueAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ProposeInitiative(DialogueInitiativeRepository initiatives, DialogueInitiativeFileRepository files, FileStore fileStore,
                      DialogueAccess access, AuditLog audit, ApplicationEventPublisher events) {
        this.initiatives = initiatives;
        this.files = files;
        this.fileStore = fileStore;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** @throws DialogueRuleException with the field to mark (a rejected file included: nothing is kept then) */
    @Transactional
    public long propose(Values v, List<MultipartFile> uploads) {
        if (!DialogueAccessPolicy.mayActForOrganisation(access.actor(), v.organisationId())) {
            throw new AccessDeniedException("not a representative of organisation " + v.organisationId());
        }
        access.requireCso(v.organisationId(), "organisationId");
        Placement target = access.placementOf(v.targetOrganisationId(), "targetOrganisationId");
        Initiative i = initiatives.save(new Initiative(v.organisationId(), target, v.title().strip(), v.problem().strip(),
                v.ask().strip(), v.language(), access.accountId().orElse(null), access.actorName(), Instant.now()));
        for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
            if (upload == null || upload.isEmpty()) {
                continue;
            }
            try {
                StoredFile stored = fileStore.store("dialogue", upload);
                files.save(new InitiativeFile(i.getId(), stored.id()));
            } catch (FileRejected e) {
                throw new DialogueRuleException(e.messageKey(), "files");
            }
        }
        Map<String, Object> after = i.auditValues();
        audit.record("dialogue.initiative.proposed", "dialogue-initiative", i.getId(), null, after);
        events.publishEvent(InitiativeSearchRecord.of(i));
        return i.getId();
    }
}
