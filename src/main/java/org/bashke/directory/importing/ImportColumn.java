package org.bashke.directory.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an organisations file, by header name (the first row). Order in the file does not
 * matter; unknown columns are ignored and reported. {@code property} is the field of
 * OrganisationDetails the column fills, so a problem found on a field is reported on its column.
 */
public enum ImportColumn {
    REGISTRATION_NUMBER("registration_number", "registrationNumber", false),
    TYPE("type", "type", true),
    NAME_SQ("name_sq", "nameSq", true),
    NAME_SR("name_sr", "nameSr", false),
    NAME_EN("name_en", "nameEn", false),
    ACRONYM("acronym", "acronym", false),
    REGION("region", "regionCode", false),
    MUNICIPALITY("municipality", "municipalityCode", false),
    AREAS_OF_WORK("areas_of_work", "areas", false),
    EMAIL("email", "email", false),
    PHONE("phone", "phone", false),
    ADDRESS("address", "address", false),
    WEBSITE("website", "website", false),
    CIVIKOS_MEMBER("civikos_member", "civikosMember", false),
    DESCRIPTION_SQ("description_sq", "descriptionSq", false),
    DESCRIPTION_SR("description_sr", "descriptionSr", false),
    DESCRIPTION_EN("description_en", "descriptionEn", false);

    private final String header;
    private final String property;
    private final boolean required;

    ImportColumn(String header, String property, boolean required) {
        this.header = header;
        this.property = property;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public String property() {
        return property;
    }

    public boolean required() {
        return required;
    }

    /** The message key that describes the column on the import page. */
    public String messageKey() {
        return "directory.import.column." + header;
    }

    public static Optional<ImportColumn> ofHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.header.equals(h)).findFirst();
    }

    public static Optional<ImportColumn> ofProperty(String property) {
        return Arrays.stream(values()).filter(c -> c.property.equals(property)).findFirst();
    }
}
