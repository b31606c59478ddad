package org.bashke.directory.organisation;

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
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.hibernate.annotations.BatchSize;

/** A CSO, public institution, municipality, donor or other body taking part in the dialogue. */
@Entity
@Table(name = "directory_organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "name_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "name_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "name_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "name_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "name_en_status"))})
    private LocalizedText name;

    private String acronym;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "municipality_code")
    private String municipalityCode;

    // lists load 20 at a time: one query for all their areas, not one each
    @BatchSize(size = 50)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directory_organisation_area", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "area")
    @Enumerated(EnumType.STRING)
    private Set<AreaOfWork> areas = EnumSet.noneOf(AreaOfWork.class);

    private String email;
    private String phone;
    private String address;
    private String website;

    @Column(name = "civikos_member")
    private boolean civikosMember;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "description_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "description_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "description_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "description_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "description_en_status"))})
    private LocalizedText description;

    private boolean archived;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Organisation() {
    }

    static Organisation create(OrganisationDetails details, Instant now) {
        Organisation o = new Organisation();
        o.createdAt = now;
        o.change(details, now);
        return o;
    }

    /** Takes the values of already validated and normalised details. */
    void change(OrganisationDetails d, Instant now) {
        this.type = d.getType();
        this.name = LocalizedText.of(Language.SQ, d.getNameSq(), d.getNameSr(), d.getNameEn());
        this.acronym = d.getAcronym();
        this.registrationNumber = d.getRegistrationNumber();
        this.regionCode = d.getRegionCode();
        this.municipalityCode = d.getMunicipalityCode();
        this.areas = d.getAreas().isEmpty() ? EnumSet.noneOf(AreaOfWork.class) : EnumSet.copyOf(d.getAreas());
        this.email = d.getEmail();
        this.phone = d.getPhone();
        this.address = d.getAddress();
        this.website = d.getWebsite();
        this.civikosMember = d.isCivikosMember();
        this.description = LocalizedText.of(Language.SQ, d.getDescriptionSq(), d.getDescriptionSr(), d.getDescriptionEn());
        this.updatedAt = now;
    }

    void archive(Instant now) {
        this.archived = true;
        this.updatedAt = now;
    }

    void unarchive(Instant now) {
        this.archived = false;
        this.updatedAt = now;
    }

    /** The current values as an editable form (and as the before/after of an audit entry). */
    public OrganisationDetails details() {
        OrganisationDetails d = new OrganisationDetails();
        d.setType(type);
        d.setNameSq(name.get(Language.SQ));
        d.setNameSr(name.get(Language.SR));
        d.setNameEn(name.get(Language.EN));
        d.setAcronym(acronym);
        d.setRegistrationNumber(registrationNumber);
        d.setRegionCode(regionCode);
        d.setMunicipalityCode(municipalityCode);
        d.setAreas(areas.isEmpty() ? EnumSet.noneOf(AreaOfWork.class) : EnumSet.copyOf(areas));
        d.setEmail(email);
        d.setPhone(phone);
        d.setAddress(address);
        d.setWebsite(website);
        d.setCivikosMember(civikosMember);
        LocalizedText desc = getDescription();
        d.setDescriptionSq(desc.get(Language.SQ));
        d.setDescriptionSr(desc.get(Language.SR));
        d.setDescriptionEn(desc.get(Language.EN));
        return d;
    }

    /** What the audit log records: plain values, so the entry reads the same whatever the code becomes. */
    public AuditView auditView() {
        return new AuditView(type, name.get(Language.SQ), name.get(Language.SR), name.get(Language.EN), acronym,
                registrationNumber, regionCode, municipalityCode, new TreeSet<>(areas.stream().map(AreaOfWork::code).toList()),
                email, phone, address, website, civikosMember, archived);
    }

    public record AuditView(OrganisationType type, String nameSq, String nameSr, String nameEn, String acronym,
                            String registrationNumber, String regionCode, String municipalityCode, Set<String> areasOfWork,
                            String email, String phone, String address, String website, boolean civikosMember,
                            boolean archived) {
    }

    public OrganisationSummary summary() {
        return new OrganisationSummary(id, name, acronym, type, regionCode, municipalityCode, civikosMember, archived);
    }

    public Long getId() {
        return id;
    }

    public OrganisationType getType() {
        return type;
    }

    public LocalizedText getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    /** In the order of the list, so pages show them the same way everywhere. */
    public Set<AreaOfWork> getAreas() {
        return areas.isEmpty() ? EnumSet.noneOf(AreaOfWork.class) : EnumSet.copyOf(areas);
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getWebsite() {
        return website;
    }

    public boolean isCivikosMember() {
        return civikosMember;
    }

    /** Never null (Hibernate leaves an embedded value null when all its columns are). */
    public LocalizedText getDescription() {
        return description == null ? LocalizedText.same(null) : description;
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
