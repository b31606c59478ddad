package org.bashke.dialogue.process;

/**
 * Who may act on a dialogue record. Pure rules, so they are tested by name:
 * <ul>
 * <li>the secretariat runs every process;</li>
 * <li>a government officer runs the processes of their own institution (or municipality) only;</li>
 * <li>a hub coordinator runs the municipal processes of the region their hub serves — never central ones;</li>
 * <li>the institution an initiative is addressed to answers it (its officer, or the secretariat recording the answer);</li>
 * <li>a CSO representative acts for their own organisation only;</li>
 * <li>a restricted document of a process is read by those who run it and the CSOs taking part only.</li>
 * </ul>
 */
public final class DialogueAccessPolicy {

    private DialogueAccessPolicy() {
    }

    public static boolean mayManageProcess(Actor actor, Placement placement) {
        if (actor.secretariat() || actor.officerOf().contains(placement.organisationId())) {
            return true;
        }
        return placement.level() == ProcessLevel.MUNICIPAL && placement.hubCode() != null
                && actor.hubCoordinatorOf().contains(placement.hubCode());
    }

    public static boolean mayAnswerFor(Actor actor, long targetOrganisationId) {
        return actor.secretariat() || actor.officerOf().contains(targetOrganisationId);
    }

    public static boolean mayActForOrganisation(Actor actor, long organisationId) {
        return actor.representativeOf().contains(organisationId);
    }

    public static boolean mayReadDocument(Actor actor, Placement placement, boolean restricted, java.util.Collection<Long> participantIds) {
        if (!restricted || mayManageProcess(actor, placement)) {
            return true;
        }
        return actor.representativeOf().stream().anyMatch(participantIds::contains);
    }
}
