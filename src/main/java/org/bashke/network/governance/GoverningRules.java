package org.bashke.network.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rules of procedure of the Assembly or the Board as numbers: quorum, majority, seats, terms, fee. */
@Entity(name = "NetworkGoverningRules")
@Table(name = "network_governing_rules")
public class GoverningRules {

    @Id
    @Column(name = "body_kind")
    private String bodyKind;
    @Column(name = "quorum_percent")
    private int quorumPercent;
    @Enumerated(EnumType.STRING)
    private Majority majority;
    private Integer seats;
    @Column(name = "max_consecutive_terms")
    private Integer maxConsecutiveTerms;
    @Column(name = "annual_fee")
    private BigDecimal annualFee;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected GoverningRules() {
    }

    public void change(int quorumPercent, Majority majority, Integer seats, Integer maxConsecutiveTerms, BigDecimal annualFee,
                       String by, Instant now) {
        this.quorumPercent = quorumPercent;
        this.majority = majority;
        this.seats = seats;
        this.maxConsecutiveTerms = maxConsecutiveTerms;
        this.annualFee = annualFee;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public boolean quorumMet(int present, int members) {
        return QuorumAndMajorityRule.quorumMet(present, members, quorumPercent);
    }

    public Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quorumPercent", quorumPercent);
        m.put("majority", majority.name());
        m.put("seats", seats);
        m.put("maxConsecutiveTerms", maxConsecutiveTerms);
        m.put("annualFee", annualFee == null ? null : annualFee.toPlainString());
        return m;
    }

    public String getBodyKind() { return bodyKind; }
    public int getQuorumPercent() { return quorumPercent; }
    public Majority getMajority() { return majority; }
    public Integer getSeats() { return seats; }
    public Integer getMaxConsecutiveTerms() { return maxConsecutiveTerms; }
    public BigDecimal getAnnualFee() { return annualFee; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
