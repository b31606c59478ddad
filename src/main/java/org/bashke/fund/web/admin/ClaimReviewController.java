package org.bashke.fund.web.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.council.AttendanceRecord;
import org.bashke.council.Council;
import org.bashke.files.FileStore;
import org.bashke.shared.NotFoundException;
import org.bashke.fund.budget.BudgetBook;
import org.bashke.fund.claim.Claim;
import org.bashke.fund.claim.ClaimLine;
import org.bashke.fund.claim.ClaimStatus;
import org.bashke.fund.claim.Claims;
import org.bashke.fund.claim.ReviewClaims;
import org.bashke.fund.eligibility.Eligibilities;
import org.bashke.fund.payment.Adjustments;
import org.bashke.fund.payment.BankDetails;
import org.bashke.fund.rules.FundRuleBroken;
import org.bashke.fund.web.ClaimViews;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue and one claim with its computation, receipts and attendance side by side. */
@Controller
@RequestMapping("/admin/support/claims")
class ClaimReviewController {

    static final Set<ClaimStatus> QUEUE = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.IN_REVIEW);

    private final Claims claims;
    private final ReviewClaims review;
    private final ClaimViews views;
    private final BudgetBook budget;
    private final Council council;
    private final Eligibilities eligibilities;
    private final BankDetails bank;
    private final Adjustments adjustments;
    private final FileStore files;

    ClaimReviewController(Claims claims, ReviewClaims review, ClaimViews views, BudgetBook budget, Council council,
                          Eligibilities eligibilities, BankDetails bank, Adjustments adjustments, FileStore files) {
        this.claims = claims;
        this.review = review;
        this.views = views;
        this.budget = budget;
        this.council = council;
        this.eligibilities = eligibilities;
        this.bank = bank;
        this.adjustments = adjustments;
        this.files = files;
    }

    @GetMapping
    String queue(@RequestParam(name = "status", required = false) ClaimStatus status, Locale locale, Model model) {
        List<Claim> shown = claims.findByStatusInOrderBySubmittedAtAscIdAsc(status == null ? QUEUE : Set.of(status));
        model.addAttribute("claims", shown);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("organisations", views.organisationNames(shown.stream().map(Claim::getOrganisationId).distinct().toList(), locale));
        return "support/admin/claims";
    }

    @GetMapping("/{id}")
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        return page(claim(id), null, locale, model);
    }

    private String page(Claim c, FundRuleBroken problem, Locale locale, Model model) {
        views.claim(c, locale, model);
        model.addAttribute("problem", problem);
        model.addAttribute("attendance", council.attendance(c.getMeetingId(), c.getAccountId()).map(AttendanceRecord::status).orElse(null));
        model.addAttribute("eligibility", eligibilities.findByOrganisationIdAndYear(c.getOrganisationId(), c.getMeetingDate().getYear())
                .orElse(null));
        model.addAttribute("bank", bank.current(c.getOrganisationId()).orElse(null));
        model.addAttribute("budgetLines", budget.balances(c.getMeetingDate().getYear()).stream()
                .filter(b -> b.line().covers(c.getMeetingDate().getYear(), c.getBodyKind())).toList());
        model.addAttribute("adjustments", adjustments.of(c.getId()));
        return "support/admin/claim";
    }

    @PostMapping("/{id}/review")
    String startReview(@PathVariable("id") long id, Locale locale, Model model, RedirectAttributes redirect) {
        return act(id, () -> review.startReview(id), "support.review.flash.started", locale, model, redirect);
    }

    @PostMapping("/{id}/changes")
    String requestChanges(@PathVariable("id") long id, @RequestParam(name = "text", required = false) String text, Locale locale,
                          Model model, RedirectAttributes redirect) {
        return act(id, () -> review.requestChanges(id, text == null ? null : cut(text)), "support.review.flash.changes", locale, model, redirect);
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable("id") long id, @RequestParam(name = "reason", required = false) String reason, Locale locale,
                  Model model, RedirectAttributes redirect) {
        return act(id, () -> review.reject(id, reason == null ? null : cut(reason)), "support.review.flash.rejected", locale, model, redirect);
    }

    /** Per line: {@code approved-<position>} (blank = as allowed) and {@code reason-<position>} for a reduction. */
    @PostMapping("/{id}/approve")
    String approve(@PathVariable("id") long id, @RequestParam Map<String, String> params, Locale locale, Model model,
                   RedirectAttributes redirect) {
        Claim c = claim(id);
        List<Claim.LineDecision> decisions = new ArrayList<>();
        try {
            for (ClaimLine line : c.getLines()) {
                String amount = params.get("approved-" + line.getPosition());
                BigDecimal approved = amount == null || amount.isBlank() ? null : new BigDecimal(amount.strip().replace(',', '.'));
                decisions.add(new Claim.LineDecision(line.getPosition(), approved, cut(params.get("reason-" + line.getPosition()))));
            }
        } catch (NumberFormatException e) {
            return page(c, new FundRuleBroken("support.rule.amount.invalid"), locale, model);
        }
        String lineParam = params.get("budgetLineId");
        if (lineParam == null || !lineParam.matches("\\d{1,18}")) {
            return page(c, new FundRuleBroken("support.rule.budget.choose"), locale, model);
        }
        return act(id, () -> review.approve(id, decisions, Long.parseLong(lineParam), cut(params.get("note"))),
                "support.review.flash.approved", locale, model, redirect);
    }

    @PostMapping("/{id}/adjustments")
    String adjust(@PathVariable("id") long id, @RequestParam(name = "amount", required = false) String amount,
                  @RequestParam(name = "reason", required = false) String reason, Locale locale, Model model, RedirectAttributes redirect) {
        BigDecimal value;
        try {
            value = amount == null || amount.isBlank() ? null : new BigDecimal(amount.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return page(claim(id), new FundRuleBroken("support.rule.amount.invalid"), locale, model);
        }
        return act(id, () -> adjustments.add(id, value, cut(reason)), "support.review.flash.adjusted", locale, model, redirect);
    }

    @GetMapping("/{id}/receipts/{lineId}")
    ResponseEntity<Resource> receipt(@PathVariable("id") long id, @PathVariable("lineId") long lineId) {
        Long file = claim(id).getLines().stream().filter(l -> l.getId() == lineId).map(ClaimLine::getReceiptFileId)
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow(() -> new NotFoundException("receipt", lineId));
        return files.download(file, true);
    }

    private String act(long id, Runnable action, String flash, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/admin/support/claims/" + id;
        } catch (FundRuleBroken e) {
            return page(claim(id), e, locale, model);
        }
    }

    private static String cut(String text) {
        return text == null ? null : text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private Claim claim(long id) {
        return claims.withLines(id).orElseThrow(() -> new NotFoundException("claim", id));
    }

    static Map<Long, String> names(Map<Long, String> m) {
        return m.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
