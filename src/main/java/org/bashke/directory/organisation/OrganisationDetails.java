package org.bashke.directory.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.bashke.directory.OrganisationType;

/**
 * The values of an organisation a person can set: the admin form binds to it and every imported row
 * becomes one, so both are checked by the same rules (these annotations, then {@link OrganisationRules}).
 * Messages are keys, so the error reads in the language of whoever sees it.
 */
public class OrganisationDetails {

    @NotNull(message = "{directory.organisation.type.required}")
    private OrganisationType type;
    @NotBlank(message = "{directory.organisation.nameSq.required}")
    @Size(max = 300, message = "{directory.organisation.name.tooLong}")
    private String nameSq;
    @Size(max = 300, message = "{directory.organisation.name.tooLong}")
    private String nameSr;
    @Size(max = 300, message = "{directory.organisation.name.tooLong}")
    private String nameEn;
    @Size(max = 40, message = "{directory.organisation.acronym.tooLong}")
    private String acronym;
    @Size(max = 40, message = "{directory.organisation.registrationNumber.tooLong}")
    private String registrationNumber;
    private String regionCode;
    private String municipalityCode;
    private Set<AreaOfWork> areas = EnumSet.noneOf(AreaOfWork.class);
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{directory.organisation.email.invalid}")
    @Size(max = 254, message = "{directory.organisation.email.invalid}")
    private String email;
    @Pattern(regexp = "^[+0-9 ()/.-]{6,50}$", message = "{directory.organisation.phone.invalid}")
    private String phone;
    @Size(max = 300, message = "{directory.organisation.address.tooLong}")
    private String address;
    @WebAddress
    @Size(max = 300, message = "{directory.organisation.website.invalid}")
    private String website;
    private boolean civikosMember;
    @Size(max = 5000, message = "{directory.organisation.description.tooLong}")
    private String descriptionSq;
    @Size(max = 5000, message = "{directory.organisation.description.tooLong}")
    private String descriptionSr;
    @Size(max = 5000, message = "{directory.organisation.description.tooLong}")
    private String descriptionEn;

    /**
     * Tidies what people type or paste: surrounding spaces, empty strings, lower-case codes, and a web
     * address without "https://" (most people write "www.example.org").
     */
    public OrganisationDetails normalise() {
        nameSq = clean(nameSq);
        nameSr = clean(nameSr);
        nameEn = clean(nameEn);
        acronym = clean(acronym);
        registrationNumber = clean(registrationNumber);
        regionCode = code(regionCode);
        municipalityCode = code(municipalityCode);
        email = clean(email);
        phone = clean(phone);
        address = clean(address);
        website = clean(website);
        if (website != null && !website.contains("://") && !website.contains(" ")) {
            website = "https://" + website;
        }
        descriptionSq = clean(descriptionSq);
        descriptionSr = clean(descriptionSr);
        descriptionEn = clean(descriptionEn);
        if (areas == null) {
            areas = EnumSet.noneOf(AreaOfWork.class);
        }
        return this;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String code(String s) {
        String c = clean(s);
        return c == null ? null : c.toUpperCase(Locale.ROOT);
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getNameSq() {
        return nameSq;
    }

    public void setNameSq(String nameSq) {
        this.nameSq = nameSq;
    }

    public String getNameSr() {
        return nameSr;
    }

    public void setNameSr(String nameSr) {
        this.nameSr = nameSr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public Set<AreaOfWork> getAreas() {
        return areas;
    }

    public void setAreas(Set<AreaOfWork> areas) {
        this.areas = areas == null || areas.isEmpty() ? EnumSet.noneOf(AreaOfWork.class) : EnumSet.copyOf(areas);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public boolean isCivikosMember() {
        return civikosMember;
    }

    public void setCivikosMember(boolean civikosMember) {
        this.civikosMember = civikosMember;
    }

    public String getDescriptionSq() {
        return descriptionSq;
    }

    public void setDescriptionSq(String descriptionSq) {
        this.descriptionSq = descriptionSq;
    }

    public String getDescriptionSr() {
        return descriptionSr;
    }

    public void setDescriptionSr(String descriptionSr) {
        this.descriptionSr = descriptionSr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }
}
