package org.bashke.council.body;

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
import org.bashke.council.BodyKind;
import org.bashke.council.BodySummary;
import org.bashke.shared.text.LocalizedText;

/** A body of people holding seats: the Council, a working team, the Task Force, an Assembly or Board. */
@Entity(name = "CouncilBody")
@Table(name = "council_body")
public class Body {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "name_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "name_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "name_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "name_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "name_en_status"))})
    private LocalizedText name;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "mandate_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "mandate_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "mandate_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "mandate_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "mandate_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "mandate_en_status"))})
    private LocalizedText mandate;
    @Enumerated(EnumType.STRING)
    private BodyKind kind;
    @Column(name = "parent_id")
    private Long parentId;
    private Integer objective;
    @Enumerated(EnumType.STRING)
    @Column(name = "quorum_rule")
    private QuorumRule quorumRule;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    @Column(name = "opt_version")
    private long version;

    protected Body() {
    }

    public Body(String code, LocalizedText name, LocalizedText mandate, BodyKind kind, Long parentId, Integer objective,
                QuorumRule quorumRule, Instant now) {
        this.code = normaliseCode(code);
        this.createdAt = now;
        describe(name, mandate, kind, parentId, objective, quorumRule);
    }

    public void describe(LocalizedText name, LocalizedText mandate, BodyKind kind, Long parentId, Integer objective,
                         QuorumRule quorumRule) {
        if (name == null || name.isEmpty()) {
            throw new SeatRuleBroken("council.rule.body.nameRequired");
        }
        if (objective != null && (objective < 1 || objective > 4)) {
            throw new SeatRuleBroken("council.rule.body.objective");
        }
        if (parentId != null && parentId.equals(id)) {
            throw new SeatRuleBroken("council.rule.body.ownParent");
        }
        this.name = name;
        this.mandate = mandate == null ? LocalizedText.same(null) : mandate;
        this.kind = kind == null ? BodyKind.OTHER : kind;
        this.parentId = parentId;
        this.objective = objective;
        this.quorumRule = quorumRule == null ? QuorumRule.MAJORITY_OF_FILLED_SEATS : quorumRule;
    }

    /** Codes are short and stable (KQ, KQ-GP1): upper case, letters, digits and dashes. */
    public static String normaliseCode(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z0-9][A-Z0-9-]{0,39}")) {
            throw new SeatRuleBroken("council.rule.body.code");
        }
        return c;
    }

    public BodySummary summary() {
        return new BodySummary(id, code, name, kind, parentId, objective, "/council/bodies/" + id);
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", code);
        v.put("name", name.toString());
        v.put("kind", kind);
        v.put("parentId", parentId);
        v.put("objective", objective);
        v.put("quorumRule", quorumRule);
        return v;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public LocalizedText getName() { return name; }
    public LocalizedText getMandate() { return mandate; }
    public BodyKind getKind() { return kind; }
    public Long getParentId() { return parentId; }
    public Integer getObjective() { return objective; }
    public QuorumRule getQuorumRule() { return quorumRule; }
    public Instant getCreatedAt() { return createdAt; }
}
