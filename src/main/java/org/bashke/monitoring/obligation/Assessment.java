package org.bashke.monitoring.obligation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;

/**
 * The CSO side's assessment of one update: agree, partly or disagree, with its own narrative and
 * evidence. One per update; the secretariat may record it on behalf of a CSO member ({@code onBehalfOf}).
 */
@Entity(name = "MonitoringAssessment")
@Table(name = "monitoring_assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "update_id")
    private long updateId;
    @Enumerated(EnumType.STRING)
    private Verdict verdict;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "narrative_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "narrative_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "narrative_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "narrative_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "narrative_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "narrative_en_status"))})
    private LocalizedText narrative;
    @Column(name = "author_account_id")
    private Long authorAccountId;
    @Column(name = "author_name")
    private String authorName;
    @Column(name = "on_behalf_of")
    private String onBehalfOf;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Assessment() {
    }

    public Assessment(long updateId, Verdict verdict, LocalizedText narrative, Long authorAccountId, String authorName,
                      String onBehalfOf, Instant now) {
        if (verdict == null) {
            throw new MonitoringRuleException("verdict", "monitoring.rule.verdict.required");
        }
        // agreeing needs no words; partly or disagreeing must say why
        if (verdict != Verdict.AGREE && narrative.isEmpty()) {
            throw new MonitoringRuleException("narrativeSq", "monitoring.rule.assessment.needsNarrative");
        }
        this.updateId = updateId;
        this.verdict = verdict;
        this.narrative = narrative;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.onBehalfOf = onBehalfOf == null || onBehalfOf.isBlank() ? null : onBehalfOf.strip();
        this.createdAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("updateId", updateId);
        m.put("verdict", verdict.name());
        m.put("narrativeSq", narrative.get(Language.SQ));
        m.put("narrativeSr", narrative.get(Language.SR));
        m.put("narrativeEn", narrative.get(Language.EN));
        m.put("author", authorName);
        m.put("onBehalfOf", onBehalfOf);
        return m;
    }

    public Long getId() { return id; }
    public long getUpdateId() { return updateId; }
    public Verdict getVerdict() { return verdict; }
    public LocalizedText getNarrative() { return narrative; }
    public Long getAuthorAccountId() { return authorAccountId; }
    public String getAuthorName() { return authorName; }
    public String getOnBehalfOf() { return onBehalfOf; }
    public Instant getCreatedAt() { return createdAt; }
}
