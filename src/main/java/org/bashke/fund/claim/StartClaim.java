package org.bashke.fund.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.council.AttendanceRecord;
import org.bashke.council.BodyKind;
import org.bashke.council.BodySummary;
import org.bashke.council.Council;
import org.bashke.council.MeetingSummary;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.shared.NotFoundException;
import org.bashke.fund.eligibility.Eligibilities;
import org.bashke.fund.eligibility.Eligibility;
import org.bashke.fund.rules.CostKind;
import org.bashke.fund.rules.CostRules;
import org.bashke.fund.rules.DistanceTable;
import org.bashke.fund.rules.FundRuleBroken;
import org.bashke.fund.rules.RulesInForce;
import org.bashke.fund.rules.RulesVersion;
import org.bashke.fund.rules.RulesVersions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A representative starts a claim from an attended meeting: the claim is filled from the attendance register
 * (meeting, date, place, the person) and the rules (the distance and, when the table knows it, the car travel).
 */
@Component
public class StartClaim {

    public static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    private final Council council;
    private final Directory directory;
    private final Claims claims;
    private final Eligibilities eligibilities;
    private final RulesVersions rules;
    private final DistanceTable distances;
    private final FundAccess access;
    private final AuditLog audit;
    private final Clock clock;

    StartClaim(Council council, Directory directory, Claims claims, Eligibilities eligibilities, RulesVersions rules,
               DistanceTable distances, FundAccess access, AuditLog audit, Optional<Clock> clock) {
        this.council = council;
        this.directory = directory;
        this.claims = claims;
        this.eligibilities = eligibilities;
        this.rules = rules;
        this.distances = distances;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public Claim start(long organisationId, long meetingId, long accountId) {
        access.mustRepresent(organisationId);
        Optional<AttendanceRecord> attendance = council.attendance(meetingId, accountId)
                .filter(a -> a.organisationId() != null && a.organisationId() == organisationId);
        Optional<MeetingSummary> meeting = council.meeting(meetingId);
        LocalDate date = meeting.map(m -> m.startsAt().atZoneSameInstant(KOSOVO).toLocalDate()).orElse(null);
        Long existing = claims.findByMeetingIdAndAccountId(meetingId, accountId).map(Claim::getId).orElse(null);
        boolean eligible = date != null && eligibilities.findByOrganisationIdAndYear(organisationId, date.getYear())
                .map(e -> e.eligibleOn(date)).orElse(false);
        Optional<RulesVersion> inForce = date == null ? Optional.empty()
                : RulesInForce.on(date, rules.findByYearOrderByNumberDesc(date.getYear()));
        Optional<FundRuleBroken> refusal = ClaimPolicy.refusal(new ClaimPolicy.Facts(attendance.isPresent() && meeting.isPresent(),
                existing, eligible, inForce.isPresent()));
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        MeetingSummary m = meeting.get();
        BodyKind kind = council.body(m.bodyId()).map(BodySummary::kind).orElse(BodyKind.OTHER);
        OrganisationSummary org = directory.organisation(organisationId).orElseThrow(() -> new NotFoundException("organisation", organisationId));
        BigDecimal km = distances.km(org.municipalityCode(), m.municipalityCode()).orElse(null);
        int days = (int) ChronoUnit.DAYS.between(date, m.endsAt().atZoneSameInstant(KOSOVO).toLocalDate()) + 1;
        RulesVersion version = inForce.get();
        Claim claim = new Claim(organisationId, accountId, new Claim.MeetingFacts(meetingId, m.bodyId(), kind, date, days,
                m.title().display(Locale.forLanguageTag("sq")), m.place(), org.municipalityCode(), m.municipalityCode(), km),
                version.getId(), access.accountId(), clock.instant());
        if (km != null && km.signum() > 0) {
            claim.addLine(CostKind.CAR, CostRules.line(version.terms(), claim.trip(),
                    new CostRules.LineInput(CostKind.CAR, null, null, null, false)), null, null);
        }
        claim.recompute(version.terms(), claims.committedForOrganisation(organisationId, date.getYear(), -1));
        try {
            claim = claims.saveAndFlush(claim);
        } catch (DataIntegrityViolationException raced) {
            // two clicks at once: the database's one-claim-per-person-per-meeting rule kept the second out
            throw new FundRuleBroken("support.rule.claim.double", "");
        }
        audit.record("support.claim.started", "claim", claim.getId(), null, claim.audit());
        return claim;
    }
}
