package org.bashke.directory.geography;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.bashke.shared.text.SerbianScript;

/** One of the 38 municipalities. The Serbian name is kept in Latin; Cyrillic is produced for display. */
@Entity
@Table(name = "directory_municipality")
public class Municipality {

    @Id
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

    @Column(name = "region_code")
    private String regionCode;

    /** The municipality as an organisation (type MUNICIPALITY). */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Municipality() {
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public String getNameSq() {
        return name.get(Language.SQ);
    }

    public String getNameSrLatin() {
        return name.get(Language.SR);
    }

    /** The Serbian name in Cyrillic, whatever script the reader chose (the municipalities table shows both). */
    public String getNameSrCyrillic() {
        return SerbianScript.toCyrillic(name.get(Language.SR));
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
