package org.bashke.dialogue.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A file (kept by the FileStore) attached to an initiative. */
@Entity(name = "DialogueInitiativeFile")
@Table(name = "dialogue_initiative_file")
@IdClass(InitiativeFile.Key.class)
public class InitiativeFile {

    @Id
    @Column(name = "initiative_id")
    private long initiativeId;
    @Id
    @Column(name = "file_id")
    private long fileId;

    protected InitiativeFile() {
    }

    public InitiativeFile(long initiativeId, long fileId) {
        this.initiativeId = initiativeId;
        this.fileId = fileId;
    }

    public long getInitiativeId() { return initiativeId; }
    public long getFileId() { return fileId; }

    /** The composite key (a plain class: JPA wants a no-argument constructor and fields named as the ids). */
    public static class Key implements Serializable {
        private long initiativeId;
        private long fileId;

        public Key() {
        }

        public Key(long initiativeId, long fileId) {
            this.initiativeId = initiativeId;
            this.fileId = fileId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(initiativeId, k.initiativeId) && java.util.Objects.equals(fileId, k.fileId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(initiativeId, fileId);
        }
    }
}
