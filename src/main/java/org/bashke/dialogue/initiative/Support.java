package org.bashke.dialogue.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One supporter of an initiative: a CSO (by organisation id), a hub (by hub id) or the secretariat (id 0). */
@Entity(name = "DialogueSupport")
@Table(name = "dialogue_support")
@IdClass(Support.Key.class)
public class Support {

    @Id
    @Column(name = "initiative_id")
    private long initiativeId;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "supporter_kind")
    private SupporterKind supporterKind;
    @Id
    @Column(name = "supporter_id")
    private long supporterId;
    @Column(name = "supported_by_name")
    private String supportedByName;
    @Column(name = "supported_at")
    private Instant supportedAt;

    protected Support() {
    }

    public Support(long initiativeId, SupporterKind kind, long supporterId, String by, Instant at) {
        this.initiativeId = initiativeId;
        this.supporterKind = kind;
        this.supporterId = supporterId;
        this.supportedByName = by;
        this.supportedAt = at;
    }

    public long getInitiativeId() { return initiativeId; }
    public SupporterKind getSupporterKind() { return supporterKind; }
    public long getSupporterId() { return supporterId; }
    public String getSupportedByName() { return supportedByName; }
    public Instant getSupportedAt() { return supportedAt; }

    /** The composite key (a plain class: JPA wants a no-argument constructor and fields named as the ids). */
    public static class Key implements Serializable {
        private long initiativeId;
        private SupporterKind supporterKind;
        private long supporterId;

        public Key() {
        }

        public Key(long initiativeId, SupporterKind supporterKind, long supporterId) {
            this.initiativeId = initiativeId;
            this.supporterKind = supporterKind;
            this.supporterId = supporterId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(initiativeId, k.initiativeId) && java.util.Objects.equals(supporterKind, k.supporterKind) && java.util.Objects.equals(supporterId, k.supporterId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(initiativeId, supporterKind, supporterId);
        }
    }
}
