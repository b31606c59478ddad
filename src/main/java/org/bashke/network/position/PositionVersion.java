package org.bashke.network.position;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bashke.shared.text.LocalizedText;

/** One text of a position; versions are only ever added, and the adopted one is frozen (in the database too). */
@Entity(name = "NetworkPositionVersion")
@Table(name = "network_position_version")
public class PositionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "position_id")
    private long positionId;
    private int number;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "title_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "title_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "title_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "title_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "title_en_status"))})
    private LocalizedText title;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "text_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "text_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "text_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "text_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "text_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "text_en_status"))})
    private LocalizedText text;
    private String note;
    private boolean adopted;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected PositionVersion() {
    }

    PositionVersion(long positionId, int number, LocalizedText title, LocalizedText text, String note, long createdBy, Instant now) {
        this.positionId = positionId;
        this.number = number;
        this.title = title;
        this.text = text;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Marks this text as the one adopted; from then on nothing may change it. */
    void adopt() {
        this.adopted = true;
    }

    public Long getId() {
        return id;
    }

    public long getPositionId() {
        return positionId;
    }

    public int getNumber() {
        return number;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getText() {
        return text;
    }

    public String getNote() {
        return note;
    }

    public boolean isAdopted() {
        return adopted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
