package org.bashke.dialogue.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DialogueAccessPolicyTest {

    static final long OFFICE = 10, MINISTRY = 11, PRIZREN = 20, FERIZAJ = 21;
    static final Placement CENTRAL_OFFICE = new Placement(ProcessLevel.CENTRAL, OFFICE, null, null, null);
    static final Placement MUNICIPAL_PRIZREN = new Placement(ProcessLevel.MUNICIPAL, PRIZREN, "PRZ", "PRZ", "PRZ");
    static final Placement MUNICIPAL_FERIZAJ = new Placement(ProcessLevel.MUNICIPAL, FERIZAJ, "FER", "FER", "FER");

    static Actor officerOf(long institution) {
        return new Actor(false, Set.of(institution), Set.of(), Set.of());
    }

    static Actor coordinatorOf(String hub) {
        return new Actor(false, Set.of(), Set.of(hub), Set.of());
    }

    @Test
    void the_secretariat_runs_every_process() {
        Actor secretariat = new Actor(true, Set.of(), Set.of(), Set.of());
        assertThat(DialogueAccessPolicy.mayManageProcess(secretariat, CENTRAL_OFFICE)).isTrue();
        assertThat(DialogueAccessPolicy.mayManageProcess(secretariat, MUNICIPAL_FERIZAJ)).isTrue();
    }

    @Test
    void a_government_officer_runs_the_processes_of_their_own_institution() {
        assertThat(DialogueAccessPolicy.mayManageProcess(officerOf(OFFICE), CENTRAL_OFFICE)).isTrue();
        assertThat(DialogueAccessPolicy.mayManageProcess(officerOf(PRIZREN), MUNICIPAL_PRIZREN)).isTrue();
    }

    @Test
    void a_government_officer_cannot_run_another_institutions_process() {
        assertThat(DialogueAccessPolicy.mayManageProcess(officerOf(MINISTRY), CENTRAL_OFFICE)).isFalse();
        assertThat(DialogueAccessPolicy.mayManageProcess(officerOf(OFFICE), MUNICIPAL_PRIZREN)).isFalse();
    }

    @Test
    void a_hub_coordinator_runs_the_municipal_processes_of_the_region_their_hub_serves() {
        assertThat(DialogueAccessPolicy.mayManageProcess(coordinatorOf("PRZ"), MUNICIPAL_PRIZREN)).isTrue();
    }

    @Test
    void a_hub_coordinator_cannot_run_a_process_in_another_hubs_region() {
        assertThat(DialogueAccessPolicy.mayManageProcess(coordinatorOf("PRZ"), MUNICIPAL_FERIZAJ)).isFalse();
    }

    @Test
    void a_hub_coordinator_cannot_run_a_central_process() {
        assertThat(DialogueAccessPolicy.mayManageProcess(coordinatorOf("PRZ"), CENTRAL_OFFICE)).isFalse();
        // even one whose institution happens to sit in the hub's region
        assertThat(DialogueAccessPolicy.mayManageProcess(coordinatorOf("PRZ"),
                new Placement(ProcessLevel.CENTRAL, OFFICE, null, null, "PRZ"))).isFalse();
    }

    @Test
    void nobody_logged_out_runs_anything() {
        assertThat(DialogueAccessPolicy.mayManageProcess(Actor.nobody(), MUNICIPAL_PRIZREN)).isFalse();
        assertThat(DialogueAccessPolicy.mayAnswerFor(Actor.nobody(), PRIZREN)).isFalse();
    }

    @Test
    void only_the_addressed_institution_or_the_secretariat_answers_an_initiative() {
        assertThat(DialogueAccessPolicy.mayAnswerFor(officerOf(PRIZREN), PRIZREN)).isTrue();
        assertThat(DialogueAccessPolicy.mayAnswerFor(officerOf(OFFICE), PRIZREN)).isFalse();
        assertThat(DialogueAccessPolicy.mayAnswerFor(coordinatorOf("PRZ"), PRIZREN)).isFalse();
        assertThat(DialogueAccessPolicy.mayAnswerFor(new Actor(true, Set.of(), Set.of(), Set.of()), PRIZREN)).isTrue();
    }

    @Test
    void a_cso_representative_acts_for_their_own_organisation_only() {
        Actor rep = new Actor(false, Set.of(), Set.of(), Set.of(5L));
        assertThat(DialogueAccessPolicy.mayActForOrganisation(rep, 5)).isTrue();
        assertThat(DialogueAccessPolicy.mayActForOrganisation(rep, 6)).isFalse();
        assertThat(DialogueAccessPolicy.mayActForOrganisation(new Actor(true, Set.of(), Set.of(), Set.of()), 5)).isFalse();
    }

    @Test
    void a_restricted_document_is_read_by_those_who_run_the_process_and_the_csos_taking_part_only() {
        java.util.List<Long> taking = java.util.List.of(5L, 6L);
        Actor rep = new Actor(false, Set.of(), Set.of(), Set.of(5L));
        Actor outsider = new Actor(false, Set.of(), Set.of(), Set.of(7L));
        assertThat(DialogueAccessPolicy.mayReadDocument(rep, MUNICIPAL_PRIZREN, true, taking)).isTrue();
        assertThat(DialogueAccessPolicy.mayReadDocument(outsider, MUNICIPAL_PRIZREN, true, taking)).isFalse();
        assertThat(DialogueAccessPolicy.mayReadDocument(Actor.nobody(), MUNICIPAL_PRIZREN, true, taking)).isFalse();
        assertThat(DialogueAccessPolicy.mayReadDocument(coordinatorOf("PRZ"), MUNICIPAL_PRIZREN, true, taking)).isTrue();
        assertThat(DialogueAccessPolicy.mayReadDocument(officerOf(PRIZREN), MUNICIPAL_PRIZREN, true, taking)).isTrue();
        assertThat(DialogueAccessPolicy.mayReadDocument(officerOf(FERIZAJ), MUNICIPAL_PRIZREN, true, taking)).isFalse();
        assertThat(DialogueAccessPolicy.mayReadDocument(new Actor(true, Set.of(), Set.of(), Set.of()), MUNICIPAL_PRIZREN, true, taking)).isTrue();
    }

    @Test
    void a_public_document_is_read_by_everyone() {
        assertThat(DialogueAccessPolicy.mayReadDocument(Actor.nobody(), CENTRAL_OFFICE, false, java.util.List.of())).isTrue();
    }
}
