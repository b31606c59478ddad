package org.bashke.network.internship;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.bashke.shared.text.LocalizedText;

/**
 * A call for interns: hosted by CiviKos (no host organisation) or by an organisation of the directory, with its
 * topic, duration, places, deadline and the named selectors who alone read the applicants' personal data.
 */
@Entity(name = "InternshipCall")
@Table(name = "network_internship_call")
public class InternshipCall {

    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "host_organisation_id")
    private Long hostOrganisationId;
    @Column(name = "region_code")
    private String regionCode;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "topic_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "topic_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "topic_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "topic_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "topic_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "topic_en_status"))})
    private LocalizedText topic;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "description_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "description_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "description_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "description_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "description_en_status"))})
    private LocalizedText description;
    @Column(name = "duration_months")
    private int durationMonths;
    private int places;
    private LocalDate deadline;
    @Column(name = "retention_days")
    private int retentionDays;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "applications_count")
    private int applicationsCount;
    @Column(name = "selected_count")
    private int selectedCount;
    @Column(name = "purged_at")
    private Instant purgedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "network_internship_selector", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "account_id")
    private Set<Long> selectors = new LinkedHashSet<>();
    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected InternshipCall() {
    }

    public InternshipCall(Long hostOrganisationId, String regionCode, LocalizedText topic, LocalizedText description,
                          int durationMonths, int places, LocalDate deadline, int retentionDays, Set<Long> selectors,
                          String createdBy, Instant now) {
        if (selectors == null || selectors.isEmpty()) {
            throw new InternshipRuleBroken("network.internship.rule.selectors", "selectors");
        }
        this.hostOrganisationId = hostOrganisationId;
        this.regionCode = regionCode;
        this.topic = topic;
        this.description = description;
        this.durationMonths = durationMonths;
        this.places = places;
        this.deadline = deadline;
        this.retentionDays = retentionDays;
        this.selectors = new LinkedHashSet<>(selectors);
        this.status = Status.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Applications are taken while the call is open and its deadline (inclusive) has not passed. */
    public boolean takesApplications(LocalDate today) {
        return status == Status.OPEN && !today.isAfter(deadline);
    }

    /** The selectors finish the selection: the call closes, and the retention period starts counting. */
    public void close(int applications, int selected, LocalDate today) {
        if (status == Status.CLOSED) {
            throw new InternshipRuleBroken("network.internship.rule.closed");
        }
        this.status = Status.CLOSED;
        this.closedOn = today;
        this.applicationsCount = applications;
        this.selectedCount = selected;
    }

    public void purged(Instant at) {
        this.purgedAt = at;
    }

    public boolean isSelector(Long accountId) {
        return ApplicantDataPolicy.mayReadPersonalData(selectors, accountId);
    }

    public Map<String, Object> audit() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("hostOrganisationId", hostOrganisationId);
        v.put("topic", topic == null ? null : topic.get(org.bashke.shared.text.Language.SQ));
        v.put("durationMonths", durationMonths);
        v.put("places", places);
        v.put("deadline", String.valueOf(deadline));
        v.put("retentionDays", retentionDays);
        v.put("status", status);
        v.put("selectors", selectors);
        v.put("applicationsCount", applicationsCount);
        v.put("selectedCount", selectedCount);
        return v;
    }

    public Long getId() { return id; }
    public Long getHostOrganisationId() { return hostOrganisationId; }
    public String getRegionCode() { return regionCode; }
    public LocalizedText getTopic() { return topic; }
    public LocalizedText getDescription() { return description; }
    public int getDurationMonths() { return durationMonths; }
    public int getPlaces() { return places; }
    public LocalDate getDeadline() { return deadline; }
    public int getRetentionDays() { return retentionDays; }
    public Status getStatus() { return status; }
    public LocalDate getClosedOn() { return closedOn; }
    public int getApplicationsCount() { return applicationsCount; }
    public int getSelectedCount() { return selectedCount; }
    public Instant getPurgedAt() { return purgedAt; }
    public Set<Long> getSelectors() { return Set.copyOf(selectors); }
}
