package org.bashke.council.voice;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bashke.shared.text.LocalizedText;

/**
 * One agenda item a call asks about, with the CSO position consolidated on it and, after the meeting, how
 * that position fared. The item's title is copied when the call opens, so the call reads the same even if
 * the agenda is later reworded.
 */
@Entity
@Table(name = "council_voice_call_item")
public class CallItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "call_id")
    private CallForInput call;
    @Column(name = "agenda_item_id")
    private long agendaItemId;
    @Column(name = "position")
    private int sequence;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "title_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "title_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "title_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "title_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "title_en_status"))})
    private LocalizedText title;
    /** The CSO position (column prefix stance, since the column named position is the item order). */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "stance_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "stance_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "stance_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "stance_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "stance_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "stance_en_status"))})
    private LocalizedText position;
    @Column(name = "stance_updated_at")
    private Instant positionUpdatedAt;
    @Column(name = "stance_published_at")
    private Instant positionPublishedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_voice_position_source", joinColumns = @JoinColumn(name = "call_item_id"))
    @Column(name = "input_id")
    private Set<Long> sources = new TreeSet<>();
    @Enumerated(EnumType.STRING)
    private PositionOutcome outcome;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "fared_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "fared_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "fared_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "fared_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "fared_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "fared_en_status"))})
    private LocalizedText fared;

    protected CallItem() {
    }

    CallItem(CallForInput call, long agendaItemId, int sequence, LocalizedText title) {
        this.call = call;
        this.agendaItemId = agendaItemId;
        this.sequence = sequence;
        this.title = title;
        this.position = CallForInput.empty();
        this.fared = CallForInput.empty();
    }

    /**
     * Writes (or rewrites) the CSO position. The rule: it says something in at least one language, and it
     * draws only on inputs given on this item ({@code inputsOfThisItem}). A published position stays
     * published: the rewrite is what the public then reads.
     */
    public void writePosition(LocalizedText text, Set<Long> drawnOn, Set<Long> inputsOfThisItem, Instant now) {
        if (text == null || text.isEmpty()) {
            throw new VoiceRuleBroken("council-voice.rule.position.textRequired");
        }
        Set<Long> chosen = drawnOn == null ? Set.of() : drawnOn;
        if (!inputsOfThisItem.containsAll(chosen)) {
            throw new VoiceRuleBroken("council-voice.rule.position.sourceOfAnotherItem");
        }
        this.position = text;
        this.sources.clear();
        this.sources.addAll(chosen);
        this.positionUpdatedAt = now;
    }

    public void publishPosition(Instant now) {
        if (position.isEmpty()) {
            throw new VoiceRuleBroken("council-voice.rule.position.textRequired");
        }
        this.positionPublishedAt = now;
    }

    /** An outcome only for a position that was published: there is nothing to fare otherwise. */
    void recordOutcome(PositionOutcome outcome, LocalizedText text) {
        if (outcome != null && !isPositionPublished()) {
            throw new VoiceRuleBroken("council-voice.rule.report.outcomeWithoutPosition");
        }
        this.outcome = outcome;
        this.fared = text == null ? CallForInput.empty() : text;
    }

    public boolean hasPosition() {
        return !position.isEmpty();
    }

    public boolean isPositionPublished() {
        return positionPublishedAt != null;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("agendaItemId", agendaItemId);
        v.put("position", position.toString());
        v.put("sources", new TreeSet<>(sources));
        v.put("positionPublishedAt", positionPublishedAt);
        v.put("outcome", outcome);
        v.put("fared", fared.toString());
        return v;
    }

    public Long getId() { return id; }
    public CallForInput getCall() { return call; }
    public long getAgendaItemId() { return agendaItemId; }
    public int getSequence() { return sequence; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getPosition() { return position; }
    public Instant getPositionUpdatedAt() { return positionUpdatedAt; }
    public Instant getPositionPublishedAt() { return positionPublishedAt; }
    public Set<Long> getSources() { return sources; }
    public PositionOutcome getOutcome() { return outcome; }
    public LocalizedText getFared() { return fared; }
}
