package org.bashke.network.member;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.files.FileStore;
import org.bashke.network.MemberStatus;
import org.bashke.network.code.CodeKind;
import org.bashke.network.code.CodeVersion;
import org.bashke.network.code.CodesInForce;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A CSO's representative applies for the organisation: its region and areas of work, its statute and
 * registration documents, and the acceptance of the code of conduct in force (required).
 */
@Component
public class ApplyForMembership {

    /** What the applicant gives; a document may be missing on a resubmission (the earlier one is kept). */
    public record Details(long organisationId, String regionCode, Set<MemberArea> areas, MultipartFile statute,
                          MultipartFile registration, boolean acceptsCode, String motivation) {
    }

    private final MembershipApplicationRepository applications;
    private final NetworkMemberRepository members;
    private final Directory directory;
    private final FileStore files;
    private final CodesInForce codes;
    private final MembershipAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ApplyForMembership(MembershipApplicationRepository applications, NetworkMemberRepository members, Directory directory,
                       FileStore files, CodesInForce codes, MembershipAccess access, AuditLog audit, Optional<Clock> clock) {
        this.applications = applications;
        this.members = members;
        this.directory = directory;
        this.files = files;
        this.codes = codes;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** @throws org.bashke.files.FileRejected when a document is not a kind the platform keeps */
    @Transactional
    public MembershipApplication apply(Details d) {
        access.requireRepresentative(d.organisationId());
        OrganisationSummary org = directory.organisation(d.organisationId())
                .filter(o -> o.type() == OrganisationType.CSO && !o.archived())
                .orElseThrow(() -> new MembershipRuleBroken("organisationId", "network-member.rule.apply.notCso"));
        Optional<NetworkMember> member = members.findByOrganisationId(org.id());
        if (member.isPresent() && member.get().getStatus() != MemberStatus.LEFT) {
            throw new MembershipRuleBroken("organisationId", "network-member.rule.apply.alreadyMember");
        }
        if (applications.existsByOrganisationIdAndStatusIn(org.id(), List.of(ApplicationStatus.SUBMITTED,
                ApplicationStatus.CHANGES_REQUESTED, ApplicationStatus.COMPLETE))) {
            throw new MembershipRuleBroken("organisationId", "network-member.rule.apply.pending");
        }
        check(d, true);
        long statute = files.store("network", d.statute()).id();
        long registration = files.store("network", d.registration()).id();
        MembershipApplication a = applications.saveAndFlush(new MembershipApplication(org.id(), access.accountId(),
                d.regionCode(), d.areas(), statute, registration, codeInForce(), d.motivation(), clock.instant()));
        audit.record("network.application.submitted", "network-application", a.getId(), null, a.audit());
        return a;
    }

    /** The applicant answers the secretariat's request for changes. */
    @Transactional
    public MembershipApplication resubmit(long applicationId, Details d) {
        MembershipApplication a = applications.findById(applicationId)
                .orElseThrow(() -> new NotFoundException("network-application", applicationId));
        access.requireRepresentative(a.getOrganisationId());
        check(d, false);
        var before = a.audit();
        Long statute = present(d.statute()) ? files.store("network", d.statute()).id() : null;
        Long registration = present(d.registration()) ? files.store("network", d.registration()).id() : null;
        a.resubmit(d.regionCode(), d.areas(), statute, registration, d.motivation(), codeInForce(), clock.instant());
        audit.record("network.application.resubmitted", "network-application", a.getId(), before, a.audit());
        return a;
    }

    private void check(Details d, boolean documentsRequired) {
        if (d.regionCode() == null || directory.regions().stream().noneMatch(r -> r.code().equals(d.regionCode()))) {
            throw new MembershipRuleBroken("regionCode", "network-member.rule.apply.region");
        }
        if (d.areas() == null || d.areas().isEmpty()) {
            throw new MembershipRuleBroken("areas", "network-member.rule.apply.areas");
        }
        if (documentsRequired && !present(d.statute())) {
            throw new MembershipRuleBroken("statute", "network-member.rule.apply.statute");
        }
        if (documentsRequired && !present(d.registration())) {
            throw new MembershipRuleBroken("registration", "network-member.rule.apply.registration");
        }
        if (!d.acceptsCode()) {
            throw new MembershipRuleBroken("acceptsCode", "network-member.rule.apply.code");
        }
        if (d.motivation() != null && d.motivation().length() > 4000) {
            throw new MembershipRuleBroken("motivation", "network-member.rule.apply.motivationTooLong");
        }
    }

    private Long codeInForce() {
        return codes.inForce(CodeKind.CODE_OF_CONDUCT).map(CodeVersion::getId).orElse(null);
    }

    private static boolean present(MultipartFile f) {
        return f != null && !f.isEmpty();
    }

    @Transactional(readOnly = true)
    public List<MembershipApplication> mine() {
        return access.representedOrganisations().isEmpty() ? List.of()
                : applications.findByOrganisationIdInOrderBySubmittedAtDesc(access.representedOrganisations());
    }
}
