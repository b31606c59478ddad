package org.bashke.dialogue.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A CSO taking part in a process. */
@Entity(name = "DialogueParticipant")
@Table(name = "dialogue_participant")
@IdClass(Participant.Key.class)
public class Participant {

    @Id
    @Column(name = "process_id")
    private long processId;
    @Id
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "added_at")
    private Instant addedAt;

    protected Participant() {
    }

    public Participant(long processId, long organisationId, Instant addedAt) {
        this.processId = processId;
        this.organisationId = organisationId;
        this.addedAt = addedAt;
    }

    public long getProcessId() { return processId; }
    public long getOrganisationId() { return organisationId; }
    public Instant getAddedAt() { return addedAt; }

    /** The composite key (a plain class: JPA wants a no-argument constructor and fields named as the ids). */
    public static class Key implements Serializable {
        private long processId;
        private long organisationId;

        public Key() {
        }

        public Key(long processId, long organisationId) {
            this.processId = processId;
            this.organisationId = organisationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(processId, k.processId) && java.util.Objects.equals(organisationId, k.organisationId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(processId, organisationId);
        }
    }
}
