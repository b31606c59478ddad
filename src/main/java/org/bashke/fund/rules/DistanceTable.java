package org.bashke.fund.rules;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distance table the secretariat keeps between the 38 municipalities. Nothing is guessed: a pair the
 * table lacks is unknown, and a claimant travelling it enters the kilometres with a justification.
 */
@Component
public class DistanceTable {

    /** Kilometres above this are surely a typing error for a country about 160 km across. */
    static final BigDecimal MAX_KM = BigDecimal.valueOf(500);

    private final DistanceRepository distances;
    private final Directory directory;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    DistanceTable(DistanceRepository distances, Directory directory, AuditLog audit, CurrentUser currentUser,
                  Optional<Clock> clock) {
        this.distances = distances;
        this.directory = directory;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One-way kilometres between two municipalities; zero within one; empty when the table has no figure. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> km(String a, String b) {
        if (a == null || b == null) {
            return Optional.empty();
        }
        if (a.equals(b)) {
            return Optional.of(BigDecimal.ZERO.setScale(1));
        }
        return distances.findById(Distance.Pair.of(a, b)).map(Distance::getKm);
    }

    /** Every known pair, keyed "A-B" with codes in alphabetical order. */
    @Transactional(readOnly = true)
    public Map<String, Distance> all() {
        Map<String, Distance> m = new LinkedHashMap<>();
        distances.findAll().forEach(d -> m.put(d.getFromCode() + "-" + d.getToCode(), d));
        return m;
    }

    /** Sets (or, with {@code km} null, removes) the distance of a pair. */
    @Transactional
    public void set(String a, String b, BigDecimal km, String source) {
        write(a, b, km, source, currentUser.actorName(), false);
    }

    /** The same, for reference or demo data loaded by the system. */
    @Transactional
    public void setAsSystem(String a, String b, BigDecimal km, String source) {
        write(a, b, km, source, "system:fund", true);
    }

    private void write(String a, String b, BigDecimal km, String source, String actor, boolean system) {
        Set<String> codes = directory.municipalities().stream().map(MunicipalitySummary::code).collect(Collectors.toSet());
        if (a == null || b == null || !codes.contains(a) || !codes.contains(b) || a.equals(b)) {
            throw new FundRuleBroken("support.rule.distance.pair");
        }
        if (km != null && (km.signum() <= 0 || km.compareTo(MAX_KM) > 0)) {
            throw new FundRuleBroken("support.rule.distance.km");
        }
        if (km != null && (source == null || source.isBlank())) {
            throw new FundRuleBroken("support.rule.distance.source");
        }
        Distance.Pair pair = Distance.Pair.of(a, b);
        Optional<Distance> existing = distances.findById(pair);
        Map<String, Object> before = existing.map(DistanceTable::audit).orElse(null);
        Instant now = clock.instant();
        Distance after = null;
        if (km == null) {
            existing.ifPresent(distances::delete);
        } else if (existing.isPresent()) {
            after = existing.get();
            after.set(km, source.strip(), actor, now);
        } else {
            after = distances.save(new Distance(pair, km, source.strip(), actor, now));
        }
        Map<String, Object> afterAudit = after == null ? null : audit(after);
        String id = pair.fromCode() + "-" + pair.toCode();
        if (system) {
            audit.recordAs(actor, "support.distance.set", "distance", id, before, afterAudit);
        } else {
            audit.record("support.distance.set", "distance", id, before, afterAudit);
        }
    }

    private static Map<String, Object> audit(Distance d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", d.getFromCode());
        m.put("to", d.getToCode());
        m.put("km", d.getKm());
        m.put("source", d.getSource());
        return m;
    }
}
