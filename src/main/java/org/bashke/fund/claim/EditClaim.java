package org.bashke.fund.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.files.FileStore;
import org.bashke.shared.NotFoundException;
import org.bashke.fund.rules.CostKind;
import org.bashke.fund.rules.CostRules;
import org.bashke.fund.rules.RulesVersion;
import org.bashke.fund.rules.RulesVersions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** The representative adds and removes costs of a claim and submits it. */
@Component
public class EditClaim {

    private final Claims claims;
    private final RulesVersions rules;
    private final FileStore files;
    private final FundAccess access;
    private final ClaimMail mail;
    private final AuditLog audit;
    private final Clock clock;

    EditClaim(Claims claims, RulesVersions rules, FileStore files, FundAccess access, ClaimMail mail, AuditLog audit,
              Optional<Clock> clock) {
        this.claims = claims;
        this.rules = rules;
        this.files = files;
        this.access = access;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public record NewLine(CostKind kind, BigDecimal quantity, BigDecimal unitAmount, String justification, MultipartFile receipt) {
    }

    /**
     * @throws org.bashke.fund.rules.FundRuleBroken when the rules refuse the cost
     * @throws org.bashke.files.FileRejected           when the receipt is not a kind the platform keeps
     */
    @Transactional
    public ClaimLine addLine(long claimId, NewLine in) {
        Claim claim = mine(claimId);
        var before = claim.audit();
        RulesVersion version = rulesOf(claim);
        boolean hasReceipt = in.receipt() != null && !in.receipt().isEmpty();
        // the rules are checked before the receipt is stored: a refused cost leaves no file behind
        CostRules.LineAmount amount = CostRules.line(version.terms(), claim.trip(),
                new CostRules.LineInput(in.kind(), in.quantity(), in.unitAmount(), in.justification(), hasReceipt));
        Long receipt = hasReceipt ? files.store("fund", in.receipt()).id() : null;
        ClaimLine line = claim.addLine(in.kind(), amount, in.justification(), receipt);
        claim.recompute(version.terms(), soFar(claim));
        claims.flush();
        audit.record("support.claim.line-added", "claim", claimId, before, claim.audit());
        return line;
    }

    @Transactional
    public void removeLine(long claimId, long lineId) {
        Claim claim = mine(claimId);
        var before = claim.audit();
        claim.removeLine(lineId);
        claim.recompute(rulesOf(claim).terms(), soFar(claim));
        audit.record("support.claim.line-removed", "claim", claimId, before, claim.audit());
    }

    @Transactional
    public void submit(long claimId) {
        Claim claim = mine(claimId);
        var before = claim.audit();
        claim.recompute(rulesOf(claim).terms(), soFar(claim));
        claim.submit(clock.instant());
        audit.record("support.claim.submitted", "claim", claimId, before, claim.audit());
        mail.send(claim, "submitted");
    }

    private Claim mine(long claimId) {
        Claim claim = claims.findById(claimId).orElseThrow(() -> new NotFoundException("claim", claimId));
        access.mustRepresent(claim.getOrganisationId());
        return claim;
    }

    private RulesVersion rulesOf(Claim claim) {
        return rules.findById(claim.getRulesId()).orElseThrow(() -> new NotFoundException("rules", claim.getRulesId()));
    }

    private BigDecimal soFar(Claim claim) {
        return claims.committedForOrganisation(claim.getOrganisationId(), claim.getMeetingDate().getYear(), claim.getId());
    }
}
