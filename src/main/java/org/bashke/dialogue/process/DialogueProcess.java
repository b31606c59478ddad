package org.bashke.dialogue.process;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.shared.text.LocalizedText;

/** A dialogue process of one institution or municipality with CSOs, outside the strategy. */
@Entity
@Table(name = "dialogue_process")
public class DialogueProcess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ProcessLevel level;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "municipality_code")
    private String municipalityCode;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "hub_code")
    private String hubCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "process_type")
    private ProcessType type;
    @Enumerated(EnumType.STRING)
    private ProcessStatus status;

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
            @AttributeOverride(name = "sq", column = @Column(name = "summary_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "summary_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "summary_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "summary_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "summary_en_status"))})
    private LocalizedText summary;

    @Column(name = "started_on")
    private LocalDate startedOn;
    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected DialogueProcess() {
    }

    public DialogueProcess(Placement placement, ProcessType type, ProcessStatus status, LocalizedText title,
                           LocalizedText summary, LocalDate startedOn, Instant now) {
        this.createdAt = now;
        place(placement);
        describe(type, status, title, summary, startedOn);
    }

    /** The directory may have moved a municipality's region to another hub: placing again follows it. */
    public void place(Placement placement) {
        this.level = placement.level();
        this.organisationId = placement.organisationId();
        this.municipalityCode = placement.municipalityCode();
        this.regionCode = placement.regionCode();
        this.hubCode = placement.hubCode();
    }

    public void describe(ProcessType type, ProcessStatus status, LocalizedText title, LocalizedText summary, LocalDate startedOn) {
        this.type = type;
        this.status = status;
        this.title = title;
        this.summary = summary;
        this.startedOn = startedOn;
    }

    public Placement placement() {
        return new Placement(level, organisationId, municipalityCode, regionCode, hubCode);
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("level", level);
        v.put("organisationId", organisationId);
        v.put("municipalityCode", municipalityCode);
        v.put("regionCode", regionCode);
        v.put("type", type);
        v.put("status", status);
        v.put("title", title == null ? null : title.toString());
        v.put("summary", summary == null ? null : summary.toString());
        v.put("startedOn", String.valueOf(startedOn));
        return v;
    }

    public Long getId() { return id; }
    public ProcessLevel getLevel() { return level; }
    public long getOrganisationId() { return organisationId; }
    public String getMunicipalityCode() { return municipalityCode; }
    public String getRegionCode() { return regionCode; }
    public String getHubCode() { return hubCode; }
    public ProcessType getType() { return type; }
    public ProcessStatus getStatus() { return status; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getSummary() { return summary; }
    public LocalDate getStartedOn() { return startedOn; }
    public Instant getCreatedAt() { return createdAt; }
}
