package org.bashke.dialogue.initiative;

import org.bashke.dialogue.process.Actor;
import org.bashke.dialogue.process.DialogueAccessPolicy;
import org.bashke.dialogue.process.DialogueRuleException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may support an initiative as a CSO: a representative, for their own organisation only; not the
 * proposing CSO (it is behind the initiative already); once per organisation; only while the
 * institution has not answered.
 */
public final class SupportPolicy {

    private SupportPolicy() {
    }

    public static void requireCsoMaySupport(Actor actor, Initiative initiative, long organisationId, boolean alreadySupported) {
        if (!DialogueAccessPolicy.mayActForOrganisation(actor, organisationId)) {
            throw new AccessDeniedException("not a representative of organisation " + organisationId);
        }
        initiative.requireOpenForSupport();
        if (organisationId == initiative.getOrganisationId()) {
            throw new DialogueRuleException("dialogue.rule.support.own", "organisationId");
        }
        if (alreadySupported) {
            throw new DialogueRuleException("dialogue.rule.support.already", "organisationId");
        }
    }
}
