package org.bashke.fund.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** The road distance between two municipalities, kept once per pair (codes in alphabetical order). */
@Entity
@Table(name = "support_distance")
@IdClass(Distance.Pair.class)
public class Distance {

    @Id
    @Column(name = "from_code")
    private String fromCode;
    @Id
    @Column(name = "to_code")
    private String toCode;
    private BigDecimal km;
    private String source;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected Distance() {
    }

    public Distance(Pair pair, BigDecimal km, String source, String by, Instant now) {
        this.fromCode = pair.fromCode;
        this.toCode = pair.toCode;
        set(km, source, by, now);
    }

    public void set(BigDecimal km, String source, String by, Instant now) {
        this.km = km;
        this.source = source;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** The key: the same pair whichever way round it is asked. */
    public static class Pair implements Serializable {
        private String fromCode;
        private String toCode;

        protected Pair() {
        }

        private Pair(String a, String b) {
            this.fromCode = a;
            this.toCode = b;
        }

        public static Pair of(String a, String b) {
            if (a.equals(b)) {
                throw new IllegalArgumentException("a municipality is no distance from itself");
            }
            return a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a);
        }

        public String fromCode() {
            return fromCode;
        }

        public String toCode() {
            return toCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.fromCode.equals(fromCode) && p.toCode.equals(toCode);
        }

        @Override
        public int hashCode() {
            return fromCode.hashCode() * 31 + toCode.hashCode();
        }
    }

    public String getFromCode() {
        return fromCode;
    }

    public String getToCode() {
        return toCode;
    }

    public BigDecimal getKm() {
        return km;
    }

    public String getSource() {
        return source;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
