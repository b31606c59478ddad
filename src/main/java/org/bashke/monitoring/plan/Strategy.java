package org.bashke.monitoring.plan;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bashke.shared.text.LocalizedText;

/** A strategy with its years, e.g. the Strategy for Cooperation with Civil Society 2019–2023. */
@Entity(name = "MonitoringStrategy")
@Table(name = "monitoring_strategy")
public class Strategy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "title_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "title_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "title_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "title_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "title_en_status"))})
    private LocalizedText title;

    @Column(name = "starts_year")
    private int startsYear;
    @Column(name = "ends_year")
    private int endsYear;
    @Column(name = "created_at")
    private Instant createdAt;

    public Strategy(String code, LocalizedText title, int startsYear, int endsYear, Instant now) {
        this.code = code;
        this.title = title;
        this.startsYear = startsYear;
        this.endsYear = endsYear;
        this.createdAt = now;
    }

    public int getStartsYear() {
        return startsYear;
    }

    public int getEndsYear() {
        return endsYear;
    }

    public void years(int startsYear, int endsYear) {
        this.startsYear = startsYear;
        this.endsYear = endsYear;
    }

    protected Strategy() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public void rename(LocalizedText title) {
        this.title = title;
    }
}
