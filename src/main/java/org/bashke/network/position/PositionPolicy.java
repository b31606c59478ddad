package org.bashke.network.position;

import java.time.LocalDate;

/**
 * How CiviKos takes a position: members are consulted before adoption; only the body the rules name may adopt
 * it, after the members' deadline; only an adopted position is published; an adopted text is never revised.
 */
public final class PositionPolicy {

    private PositionPolicy() {
    }

    /** What an adoption needs to know. {@code deadline}: the end of the member consultation. */
    public record Adoption(PositionStatus status, AdoptingBody requiredBody, AdoptingBody body, String reference,
                           LocalDate on, LocalDate deadline, LocalDate today) {
    }

    public static void mustOpenConsultation(PositionStatus status, LocalDate deadline, LocalDate today) {
        if (status != PositionStatus.DRAFT) {
            throw new PositionRuleBroken("network.position.rule.notDraft");
        }
        if (deadline == null || deadline.isBefore(today)) {
            throw new PositionRuleBroken("network.position.rule.deadlinePast");
        }
    }

    public static void mustBeRevisable(PositionStatus status) {
        if (status == PositionStatus.ADOPTED) {
            throw new PositionRuleBroken("network.position.rule.adoptedImmutable");
        }
    }

    public static void mustAdopt(Adoption a) {
        if (a.status() == PositionStatus.ADOPTED) {
            throw new PositionRuleBroken("network.position.rule.adoptedImmutable");
        }
        if (a.status() != PositionStatus.MEMBER_CONSULTATION) {
            throw new PositionRuleBroken("network.position.rule.consultMembersFirst");
        }
        if (a.today().isBefore(a.deadline())) {
            throw new PositionRuleBroken("network.position.rule.consultationRunning");
        }
        if (a.body() != a.requiredBody()) {
            throw new PositionRuleBroken("network.position.rule.wrongBody");
        }
        if (a.reference() == null || a.reference().isBlank()) {
            throw new PositionRuleBroken("network.position.rule.referenceRequired");
        }
        if (a.on() == null || a.on().isAfter(a.today())) {
            throw new PositionRuleBroken("network.position.rule.adoptionDate");
        }
    }

    /** Public only once adopted, and adopted by the body the rules name. */
    public static boolean isPublic(PositionStatus status, AdoptingBody adoptedBy, AdoptingBody required) {
        return status == PositionStatus.ADOPTED && adoptedBy != null && adoptedBy == required;
    }
}
