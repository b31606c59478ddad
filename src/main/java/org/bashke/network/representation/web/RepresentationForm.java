package org.bashke.network.representation.web;

import java.time.LocalDate;
import org.bashke.network.representation.ManageRepresentation;
import org.bashke.network.representation.PlaceKind;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/** A mandate as the secretariat records it in the register. */
public class RepresentationForm {

    private PlaceKind kind = PlaceKind.COUNCIL;
    private Language original = Language.SQ;
    private String placeSq;
    private String placeSr;
    private String placeEn;
    private String representativeName;
    private String representativeEmail;
    private Long organisationId;
    private String nominatingDecision;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;
    private String mandateSq;
    private String mandateSr;
    private String mandateEn;

    ManageRepresentation.Mandate mandate(Long accountId) {
        Language o = original == null ? Language.SQ : original;
        return new ManageRepresentation.Mandate(kind == null ? PlaceKind.OTHER : kind, LocalizedText.of(o, placeSq, placeSr, placeEn),
                representativeName, accountId, organisationId, nominatingDecision, start, end,
                LocalizedText.of(o, mandateSq, mandateSr, mandateEn));
    }

    public PlaceKind getKind() {
        return kind;
    }

    public void setKind(PlaceKind kind) {
        this.kind = kind;
    }

    public Language getOriginal() {
        return original;
    }

    public void setOriginal(Language original) {
        this.original = original;
    }

    public String getPlaceSq() {
        return placeSq;
    }

    public void setPlaceSq(String placeSq) {
        this.placeSq = placeSq;
    }

    public String getPlaceSr() {
        return placeSr;
    }

    public void setPlaceSr(String placeSr) {
        this.placeSr = placeSr;
    }

    public String getPlaceEn() {
        return placeEn;
    }

    public void setPlaceEn(String placeEn) {
        this.placeEn = placeEn;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public void setRepresentativeName(String representativeName) {
        this.representativeName = representativeName;
    }

    public String getRepresentativeEmail() {
        return representativeEmail;
    }

    public void setRepresentativeEmail(String representativeEmail) {
        this.representativeEmail = representativeEmail;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getNominatingDecision() {
        return nominatingDecision;
    }

    public void setNominatingDecision(String nominatingDecision) {
        this.nominatingDecision = nominatingDecision;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public String getMandateSq() {
        return mandateSq;
    }

    public void setMandateSq(String mandateSq) {
        this.mandateSq = mandateSq;
    }

    public String getMandateSr() {
        return mandateSr;
    }

    public void setMandateSr(String mandateSr) {
        this.mandateSr = mandateSr;
    }

    public String getMandateEn() {
        return mandateEn;
    }

    public void setMandateEn(String mandateEn) {
        this.mandateEn = mandateEn;
    }
}
