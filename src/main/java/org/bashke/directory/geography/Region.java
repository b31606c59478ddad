package org.bashke.directory.geography;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bashke.shared.text.LocalizedText;

/** One of Kosovo's seven regions (districts). Reference data; only the serving hub is editable. */
@Entity
@Table(name = "directory_region")
public class Region {

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

    @Column(name = "sort_order")
    private int sortOrder;

    @Column(name = "serving_hub_code")
    private String servingHubCode;

    protected Region() {
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getServingHubCode() {
        return servingHubCode;
    }

    void servedBy(String hubCode) {
        this.servingHubCode = hubCode;
    }
}
