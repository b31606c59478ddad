package org.bashke.fund.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.council.BodyKind;

/** Money for a year from one donor or source, for the meetings of some kinds of body. */
@Entity
@Table(name = "support_budget_line")
public class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "budget_year")
    private int year;
    private String name;
    private String donor;
    private BigDecimal amount;
    @Column(name = "body_kinds")
    private String bodyKinds;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected BudgetLine() {
    }

    public BudgetLine(int year, String name, String donor, BigDecimal amount, Set<BodyKind> kinds, Instant now) {
        this.createdAt = now;
        edit(year, name, donor, amount, kinds, now);
    }

    public void edit(int year, String name, String donor, BigDecimal amount, Set<BodyKind> kinds, Instant now) {
        this.year = year;
        this.name = name;
        this.donor = donor;
        this.amount = amount;
        this.bodyKinds = kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.updatedAt = now;
    }

    public boolean covers(int year, BodyKind kind) {
        return this.year == year && getBodyKinds().contains(kind);
    }

    public Set<BodyKind> getBodyKinds() {
        if (bodyKinds == null || bodyKinds.isBlank()) {
            return EnumSet.noneOf(BodyKind.class);
        }
        return Arrays.stream(bodyKinds.split(",")).map(BodyKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BodyKind.class)));
    }

    public Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("name", name);
        m.put("donor", donor);
        m.put("amount", amount);
        m.put("bodyKinds", bodyKinds);
        return m;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public String getDonor() {
        return donor;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
