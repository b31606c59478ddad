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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;

/** The responsible institution's report on an obligation: status, percent done, narrative, evidence. */
@Entity(name = "MonitoringProgressUpdate")
@Table(name = "monitoring_update")
public class ProgressUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "obligation_id")
    private long obligationId;
    @Enumerated(EnumType.STRING)
    private ObligationStatus status;
    private int percent;
    @Column(name = "cancel_reason")
    private String cancelReason;
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
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "edited_at")
    private Instant editedAt;
    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected ProgressUpdate() {
    }

    public ProgressUpdate(long obligationId, ObligationStatus status, int percent, String cancelReason, LocalizedText narrative,
                          Long authorAccountId, String authorName, Instant now) {
        ProgressConsistency.check(status, percent, cancelReason);
        this.obligationId = obligationId;
        this.status = status;
        this.percent = percent;
        this.cancelReason = status == ObligationStatus.CANCELLED ? cancelReason.strip() : null;
        this.narrative = narrative;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.createdAt = now;
    }

    /**
     * Rule: an update can be corrected only until the CSO side has assessed it — after that the
     * assessment answers exactly these words, so a correction is a new update.
     */
    public void correct(boolean assessed, ObligationStatus status, int percent, String cancelReason, LocalizedText narrative, Instant now) {
        if (assessed) {
            throw new MonitoringRuleException(null, "monitoring.rule.update.assessed");
        }
        ProgressConsistency.check(status, percent, cancelReason);
        this.status = status;
        this.percent = percent;
        this.cancelReason = status == ObligationStatus.CANCELLED ? cancelReason.strip() : null;
        this.narrative = narrative;
        this.editedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("obligationId", obligationId);
        m.put("status", status.name());
        m.put("percent", percent);
        m.put("cancelReason", cancelReason);
        m.put("narrativeSq", narrative.get(Language.SQ));
        m.put("narrativeSr", narrative.get(Language.SR));
        m.put("narrativeEn", narrative.get(Language.EN));
        m.put("author", authorName);
        return m;
    }

    public Long getId() { return id; }
    public long getObligationId() { return obligationId; }
    public ObligationStatus getStatus() { return status; }
    public int getPercent() { return percent; }
    public String getCancelReason() { return cancelReason; }
    public LocalizedText getNarrative() { return narrative; }
    public Long getAuthorAccountId() { return authorAccountId; }
    public String getAuthorName() { return authorName; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getEditedAt() { return editedAt; }
}
