package org.bashke.directory.geography;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.bashke.directory.HubSummary;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;

/** A regional hub hosted by a member CSO, or the national hub (the CiviKos secretariat). */
@Entity
@Table(name = "directory_hub")
public class Hub {

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

    private boolean national;

    /** The region the hub sits in (its home region). */
    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "host_organisation_id")
    private Long hostOrganisationId;

    @Column(name = "coordinator_name")
    private String coordinatorName;
    @Column(name = "coordinator_email")
    private String coordinatorEmail;
    @Column(name = "coordinator_phone")
    private String coordinatorPhone;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "office_hours_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "office_hours_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "office_hours_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "office_hours_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "office_hours_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "office_hours_en_status"))})
    private LocalizedText officeHours;

    private String address;

    @Column(name = "map_url")
    private String mapUrl;

    @Column(name = "sort_order")
    private int sortOrder;

    @Version
    private long version;

    protected Hub() {
    }

    public HubSummary summary() {
        return new HubSummary(id, code, name, national, hostOrganisationId);
    }

    /** The editable details, as plain values (also what the audit log records). */
    public HubDetails details() {
        LocalizedText hours = officeHours == null ? LocalizedText.same(null) : officeHours;
        return new HubDetails(hostOrganisationId, coordinatorName, coordinatorEmail, coordinatorPhone,
                hours.get(Language.SQ), hours.get(Language.SR), hours.get(Language.EN), address, mapUrl);
    }

    void change(HubDetails d) {
        this.hostOrganisationId = d.hostOrganisationId();
        this.coordinatorName = blankToNull(d.coordinatorName());
        this.coordinatorEmail = blankToNull(d.coordinatorEmail());
        this.coordinatorPhone = blankToNull(d.coordinatorPhone());
        this.officeHours = LocalizedText.of(Language.SQ, d.officeHoursSq(), d.officeHoursSr(), d.officeHoursEn());
        this.address = blankToNull(d.address());
        this.mapUrl = blankToNull(d.mapUrl());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public boolean isNational() {
        return national;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getHostOrganisationId() {
        return hostOrganisationId;
    }

    public String getCoordinatorName() {
        return coordinatorName;
    }

    public String getCoordinatorEmail() {
        return coordinatorEmail;
    }

    public String getCoordinatorPhone() {
        return coordinatorPhone;
    }

    /** Never null, so templates can call display() on it. */
    public LocalizedText getOfficeHours() {
        return officeHours == null ? LocalizedText.same(null) : officeHours;
    }

    public String getAddress() {
        return address;
    }

    public String getMapUrl() {
        return mapUrl;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
