package org.bashke.network.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bashke.network.MemberStatus;
import org.bashke.network.MemberSummary;

/**
 * A member organisation of CiviKos. It becomes one by a Board decision on its application; the secretariat
 * then suspends it (with a reason and a period), restores it or records that it left.
 */
@Entity(name = "NetworkMember")
@Table(name = "network_member")
public class NetworkMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private long organisationId;
    @Enumerated(EnumType.STRING)
    private MemberStatus status;
    @Column(name = "member_since")
    private LocalDate memberSince;
    @Column(name = "region_code")
    private String regionCode;
    private String areas;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "suspended_until")
    private LocalDate suspendedUntil;
    @Column(name = "left_on")
    private LocalDate leftOn;
    @Column(name = "application_id")
    private Long applicationId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected NetworkMember() {
    }

    public NetworkMember(long organisationId, LocalDate memberSince, String regionCode, Set<MemberArea> areas,
                         Long applicationId, Instant now) {
        this.organisationId = organisationId;
        this.status = MemberStatus.ACTIVE;
        this.memberSince = memberSince;
        this.regionCode = regionCode;
        this.areas = MemberArea.format(areas);
        this.applicationId = applicationId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** An organisation that left and is admitted again starts a new membership. */
    public void readmit(LocalDate since, String regionCode, Set<MemberArea> areas, Long applicationId, Instant now) {
        this.status = MemberStatus.ACTIVE;
        this.memberSince = since;
        this.regionCode = regionCode;
        this.areas = MemberArea.format(areas);
        this.applicationId = applicationId;
        this.statusReason = null;
        this.suspendedUntil = null;
        this.leftOn = null;
        this.updatedAt = now;
    }

    public void suspend(String reason, LocalDate until, LocalDate today, Instant now) {
        if (status == MemberStatus.LEFT) {
            throw new MembershipRuleBroken("network-member.rule.status.left");
        }
        if (reason == null || reason.isBlank()) {
            throw new MembershipRuleBroken("reason", "network-member.rule.suspend.reason");
        }
        if (until == null || !until.isAfter(today)) {
            throw new MembershipRuleBroken("until", "network-member.rule.suspend.until");
        }
        this.status = MemberStatus.SUSPENDED;
        this.statusReason = reason.strip();
        this.suspendedUntil = until;
        this.updatedAt = now;
    }

    public void restore(Instant now) {
        if (status == MemberStatus.LEFT) {
            throw new MembershipRuleBroken("network-member.rule.status.left");
        }
        this.status = MemberStatus.ACTIVE;
        this.statusReason = null;
        this.suspendedUntil = null;
        this.updatedAt = now;
    }

    public void leave(String reason, LocalDate on, Instant now) {
        if (on == null) {
            throw new MembershipRuleBroken("until", "network-member.rule.leave.date");
        }
        this.status = MemberStatus.LEFT;
        this.statusReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.suspendedUntil = null;
        this.leftOn = on;
        this.updatedAt = now;
    }

    /** Active today: a suspension whose period has ended no longer counts. */
    public boolean activeOn(LocalDate day) {
        return status == MemberStatus.ACTIVE
                || (status == MemberStatus.SUSPENDED && suspendedUntil != null && !day.isBefore(suspendedUntil));
    }

    public MemberSummary summary() {
        return new MemberSummary(id, organisationId, status, memberSince, regionCode);
    }

    public Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisationId", organisationId);
        m.put("status", status.name());
        m.put("memberSince", String.valueOf(memberSince));
        m.put("regionCode", regionCode);
        m.put("areas", areas);
        m.put("reason", statusReason);
        m.put("suspendedUntil", suspendedUntil == null ? null : suspendedUntil.toString());
        m.put("leftOn", leftOn == null ? null : leftOn.toString());
        return m;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public MemberStatus getStatus() { return status; }
    public LocalDate getMemberSince() { return memberSince; }
    public String getRegionCode() { return regionCode; }
    public Set<MemberArea> getAreas() { return MemberArea.parse(areas); }
    public String getStatusReason() { return statusReason; }
    public LocalDate getSuspendedUntil() { return suspendedUntil; }
    public LocalDate getLeftOn() { return leftOn; }
    public Long getApplicationId() { return applicationId; }
}
