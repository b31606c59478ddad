package org.bashke.fund.web.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bashke.files.FileStore;
import org.bashke.shared.NotFoundException;
import org.bashke.fund.claim.StartClaim;
import org.bashke.fund.eligibility.Eligibility;
import org.bashke.fund.eligibility.ManageEligibility;
import org.bashke.fund.rules.FundRuleBroken;
import org.bashke.fund.rules.RulesVersion;
import org.bashke.fund.rules.RulesVersions;
import org.bashke.fund.web.ClaimViews;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat checks declarations against the year's criteria and decides, with a reason. */
@Controller
@RequestMapping("/admin/support/eligibility")
class EligibilityAdminController {

    private final ManageEligibility eligibility;
    private final RulesVersions rules;
    private final ClaimViews views;
    private final FileStore files;

    EligibilityAdminController(ManageEligibility eligibility, RulesVersions rules, ClaimViews views, FileStore files) {
        this.eligibility = eligibility;
        this.rules = rules;
        this.views = views;
        this.files = files;
    }

    @GetMapping
    String list(@RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
        int shown = year == null ? LocalDate.now(StartClaim.KOSOVO).getYear() : Math.max(2000, Math.min(2100, year));
        List<Eligibility> all = eligibility.forYear(shown);
        model.addAttribute("year", shown);
        model.addAttribute("eligibilities", all);
        model.addAttribute("organisations", views.organisationNames(all.stream().map(Eligibility::getOrganisationId).toList(), locale));
        return "support/admin/eligibility-list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        return page(eligibility.get(id), null, locale, model);
    }

    private String page(Eligibility e, FundRuleBroken problem, Locale locale, Model model) {
        model.addAttribute("e", e);
        model.addAttribute("problem", problem);
        model.addAttribute("organisation", views.organisationNames(List.of(e.getOrganisationId()), locale).getOrDefault(e.getOrganisationId(), ""));
        RulesVersion criteria = rules.findByYearOrderByNumberDesc(e.getYear()).stream().filter(RulesVersion::isPublished).findFirst().orElse(null);
        model.addAttribute("criteria", criteria);
        model.addAttribute("meets", criteria != null && e.meetsCriteria(criteria.getEligibilityMaxBudget(), criteria.isEligibilityDocumentRequired()));
        model.addAttribute("document", e.getDocumentFileId() == null ? null : files.file(e.getDocumentFileId()).orElse(null));
        model.addAttribute("defaultValidFrom", LocalDate.of(e.getYear(), 1, 1));
        return "support/admin/eligibility";
    }

    @PostMapping("/{id}")
    String decide(@PathVariable("id") long id, @RequestParam(name = "eligible", required = false) Boolean eligible,
                  @RequestParam(name = "reason", required = false) String reason,
                  @RequestParam(name = "validFrom", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                  Locale locale, Model model, RedirectAttributes redirect) {
        Eligibility e = eligibility.get(id);
        if (eligible == null) {
            return page(e, new FundRuleBroken("support.eligibility.decision.required"), locale, model);
        }
        try {
            eligibility.decide(id, eligible, reason == null ? null : reason.length() > 2000 ? reason.substring(0, 2000) : reason, validFrom);
            redirect.addFlashAttribute("flash", "support.eligibility.flash.decided");
            return "redirect:/admin/support/eligibility?year=" + e.getYear();
        } catch (FundRuleBroken broken) {
            return page(eligibility.get(id), broken, locale, model);
        }
    }

    @GetMapping("/{id}/document")
    ResponseEntity<Resource> document(@PathVariable("id") long id) {
        Eligibility e = eligibility.get(id);
        if (e.getDocumentFileId() == null) {
            throw new NotFoundException("document", id);
        }
        return files.download(e.getDocumentFileId(), true);
    }
}
