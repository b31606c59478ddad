package org.bashke.fund.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.bashke.files.FileRejected;
import org.bashke.fund.claim.FundAccess;
import org.bashke.fund.claim.StartClaim;
import org.bashke.fund.eligibility.ManageEligibility;
import org.bashke.fund.payment.BankDetails;
import org.bashke.fund.rules.FundRuleBroken;
import org.bashke.fund.rules.RulesVersion;
import org.bashke.fund.rules.RulesVersions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A representative's organisation-wide business with the fund: the yearly declaration and the bank account. */
@Controller
class OrganisationFundController {

    private final ManageEligibility eligibility;
    private final BankDetails bank;
    private final FundAccess access;
    private final ClaimViews views;
    private final RulesVersions rules;

    OrganisationFundController(ManageEligibility eligibility, BankDetails bank, FundAccess access, ClaimViews views, RulesVersions rules) {
        this.eligibility = eligibility;
        this.bank = bank;
        this.access = access;
        this.views = views;
        this.rules = rules;
    }

    @InitBinder("eligibilityForm")
    void eligibilityFields(WebDataBinder binder) {
        binder.setAllowedFields("organisationId", "year", "lacksMeans", "annualBudget", "statement", "document");
    }

    @InitBinder("bankForm")
    void bankFields(WebDataBinder binder) {
        binder.setAllowedFields("organisationId", "accountHolder", "iban", "bankName");
    }

    @GetMapping("/support/eligibility")
    String eligibilityForm(@RequestParam(name = "organisation", required = false) Long organisation, Locale locale, Model model) {
        EligibilityForm form = new EligibilityForm();
        form.setOrganisationId(organisation);
        form.setYear(LocalDate.now(StartClaim.KOSOVO).getYear());
        return eligibilityPage(form, locale, model);
    }

    @PostMapping("/support/eligibility")
    String declare(@ModelAttribute("eligibilityForm") EligibilityForm form, BindingResult errors, Locale locale, Model model,
                   RedirectAttributes redirect) {
        int thisYear = LocalDate.now(StartClaim.KOSOVO).getYear();
        if (form.getOrganisationId() == null || !access.representative(form.getOrganisationId())) {
            errors.rejectValue("organisationId", "support.eligibility.organisation.required");
        }
        if (form.getYear() == null || form.getYear() < thisYear || form.getYear() > thisYear + 1) {
            errors.rejectValue("year", "support.eligibility.year.invalid");
        }
        if (!form.isLacksMeans()) {
            errors.rejectValue("lacksMeans", "support.rule.eligibility.lacksMeans");
        }
        if (form.getAnnualBudget() == null && !errors.hasFieldErrors("annualBudget")) {
            errors.rejectValue("annualBudget", "support.eligibility.annualBudget.required");
        } else if (form.getAnnualBudget() != null && form.getAnnualBudget().signum() < 0) {
            errors.rejectValue("annualBudget", "support.rule.amount.invalid");
        }
        if (form.getStatement() == null || form.getStatement().isBlank()) {
            errors.rejectValue("statement", "support.eligibility.statement.required");
        } else if (form.getStatement().length() > 4000) {
            errors.rejectValue("statement", "support.eligibility.statement.tooLong");
        }
        if (!errors.hasErrors()) {
            try {
                eligibility.declare(new ManageEligibility.Declaration(form.getOrganisationId(), form.getYear(), true,
                        form.getAnnualBudget(), form.getStatement(), form.getDocument()));
                redirect.addFlashAttribute("flash", "support.eligibility.flash.declared");
                return "redirect:/support/claims";
            } catch (FileRejected e) {
                errors.rejectValue("document", e.messageKey());
            } catch (FundRuleBroken e) {
                Problems.reject(errors, e);
            }
        }
        return eligibilityPage(form, locale, model);
    }

    private String eligibilityPage(EligibilityForm form, Locale locale, Model model) {
        Map<Long, String> orgs = views.organisationNames(access.myOrganisations(), locale);
        model.addAttribute("organisations", orgs);
        model.addAttribute("eligibilityForm", form);
        model.addAttribute("history", eligibility.of(access.myOrganisations()));
        int year = form.getYear() == null ? LocalDate.now(StartClaim.KOSOVO).getYear() : form.getYear();
        RulesVersion criteria = rules.findByYearOrderByNumberDesc(year).stream().filter(RulesVersion::isPublished).findFirst().orElse(null);
        model.addAttribute("criteria", criteria);
        return "support/eligibility";
    }

    @GetMapping("/support/bank")
    String bankForm(@RequestParam(name = "organisation", required = false) Long organisation, Locale locale, Model model) {
        BankForm form = new BankForm();
        form.setOrganisationId(organisation);
        return bankPage(form, locale, model);
    }

    @PostMapping("/support/bank")
    String recordBank(@ModelAttribute("bankForm") BankForm form, BindingResult errors, Locale locale, Model model,
                      RedirectAttributes redirect) {
        if (form.getOrganisationId() == null || !access.representative(form.getOrganisationId())) {
            errors.rejectValue("organisationId", "support.eligibility.organisation.required");
        }
        if (blank(form.getAccountHolder()) || form.getAccountHolder().length() > 200) {
            errors.rejectValue("accountHolder", "support.bank.accountHolder.required");
        }
        if (blank(form.getBankName()) || form.getBankName().length() > 200) {
            errors.rejectValue("bankName", "support.bank.bankName.required");
        }
        if (blank(form.getIban())) {
            errors.rejectValue("iban", "support.rule.bank.iban");
        }
        if (!errors.hasErrors()) {
            try {
                bank.record(form.getOrganisationId(), form.getAccountHolder(), form.getIban(), form.getBankName());
                redirect.addFlashAttribute("flash", "support.bank.flash.saved");
                return "redirect:/support/claims";
            } catch (FundRuleBroken e) {
                Problems.reject(errors, "iban", e);
            }
        }
        return bankPage(form, locale, model);
    }

    private String bankPage(BankForm form, Locale locale, Model model) {
        model.addAttribute("organisations", views.organisationNames(access.myOrganisations(), locale));
        model.addAttribute("bankForm", form);
        model.addAttribute("history", form.getOrganisationId() != null && access.representative(form.getOrganisationId())
                ? bank.history(form.getOrganisationId()) : java.util.List.of());
        return "support/bank";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
