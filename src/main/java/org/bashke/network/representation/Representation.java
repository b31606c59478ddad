package org.bashke.network.representation;

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

/** One place where CiviKos is represented: who, on which nominating decision, for how long, saying what. */
@Entity(name = "NetworkRepresentation")
@Table(name = "network_representation")
public class Representation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind")
    private PlaceKind placeKind;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "place_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "place_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "place_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "place_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "place_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "place_en_status"))})
    private LocalizedText place;
    @Column(name = "representative_name")
    private String representativeName;
    @Column(name = "representative_account_id")
    private Long representativeAccountId;
    @Column(name = "representative_organisation_id")
    private Long representativeOrganisationId;
    @Column(name = "nominating_decision")
    private String nominatingDecision;
    @Column(name = "mandate_start")
    private LocalDate mandateStart;
    @Column(name = "mandate_end")
    private LocalDate mandateEnd;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "mandate_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "mandate_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "mandate_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "mandate_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "mandate_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "mandate_en_status"))})
    private LocalizedText mandate;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Representation() {
    }

    public Representation(PlaceKind placeKind, LocalizedText place, String representativeName, Long representativeAccountId,
                          Long representativeOrganisationId, String nominatingDecision, LocalDate mandateStart, LocalDate mandateEnd,
                          LocalizedText mandate, Instant now) {
        this.placeKind = placeKind;
        this.place = place;
        this.representativeName = representativeName;
        this.representativeAccountId = representativeAccountId;
        this.representativeOrganisationId = representativeOrganisationId;
        this.nominatingDecision = nominatingDecision;
        this.mandateStart = mandateStart;
        this.mandateEnd = mandateEnd;
        this.mandate = mandate;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean currentOn(LocalDate day) {
        return !day.isBefore(mandateStart) && (mandateEnd == null || !day.isAfter(mandateEnd));
    }

    public Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("placeKind", placeKind);
        m.put("place", place == null ? null : place.get(org.bashke.shared.text.Language.SQ));
        m.put("representativeName", representativeName);
        m.put("representativeAccountId", representativeAccountId);
        m.put("representativeOrganisationId", representativeOrganisationId);
        m.put("nominatingDecision", nominatingDecision);
        m.put("mandateStart", mandateStart);
        m.put("mandateEnd", mandateEnd);
        return m;
    }

    public Long getId() {
        return id;
    }

    public PlaceKind getPlaceKind() {
        return placeKind;
    }

    public LocalizedText getPlace() {
        return place;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public Long getRepresentativeAccountId() {
        return representativeAccountId;
    }

    public Long getRepresentativeOrganisationId() {
        return representativeOrganisationId;
    }

    public String getNominatingDecision() {
        return nominatingDecision;
    }

    public LocalDate getMandateStart() {
        return mandateStart;
    }

    public LocalDate getMandateEnd() {
        return mandateEnd;
    }

    public LocalizedText getMandate() {
        return mandate;
    }
}
