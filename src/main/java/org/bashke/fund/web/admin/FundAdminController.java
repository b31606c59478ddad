package org.bashke.fund.web.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.council.BodyKind;
import org.bashke.directory.Directory;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.shared.NotFoundException;
import org.bashke.fund.budget.BudgetBook;
import org.bashke.fund.budget.BudgetLine;
import org.bashke.fund.budget.BudgetLines;
import org.bashke.fund.claim.Claim;
import org.bashke.fund.claim.ClaimStatus;
import org.bashke.fund.claim.Claims;
import org.bashke.fund.claim.StartClaim;
import org.bashke.fund.rules.DistanceTable;
import org.bashke.fund.rules.EditRules;
import org.bashke.fund.rules.FundRuleBroken;
import org.bashke.fund.rules.RulesVersion;
import org.bashke.fund.rules.RulesVersions;
import org.bashke.fund.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's fund: overview with budget consumption, budget lines, rules versions, the distance table. */
@Controller
@RequestMapping("/admin/support")
class FundAdminController {

    private final BudgetBook budget;
    private final BudgetLines budgetLines;
    private final Claims claims;
    private final RulesVersions rules;
    private final EditRules editRules;
    private final DistanceTable distances;
    private final Directory directory;

    FundAdminController(BudgetBook budget, BudgetLines budgetLines, Claims claims, RulesVersions rules, EditRules editRules,
                        DistanceTable distances, Directory directory) {
        this.budget = budget;
        this.budgetLines = budgetLines;
        this.claims = claims;
        this.rules = rules;
        this.editRules = editRules;
        this.distances = distances;
        this.directory = directory;
    }

    @InitBinder("budgetForm")
    void budgetFields(WebDataBinder binder) {
        binder.setAllowedFields("year", "name", "donor", "amount", "bodyKinds");
    }

    @InitBinder("rulesForm")
    void rulesFields(WebDataBinder binder) {
        binder.setAllowedFields("effectiveFrom", "perKmRate", "accommodationCap", "accommodationMinKm", "mealsCapPerDay", "otherCap",
                "claimCap", "organisationYearCap", "fourEyesThreshold", "eligibilityMaxBudget", "eligibilityDocumentRequired", "notes");
    }

    @GetMapping
    String home(@RequestParam(name = "year", required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(StartClaim.KOSOVO).getYear() : Math.max(2000, Math.min(2100, year));
        model.addAttribute("year", shown);
        model.addAttribute("balances", budget.balances(shown));
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus s : ClaimStatus.values()) {
            counts.put(s, 0L);
        }
        claims.findByStatusInOrderBySubmittedAtAscIdAsc(Arrays.asList(ClaimStatus.values()))
                .forEach(c -> counts.merge(c.getStatus(), 1L, Long::sum));
        model.addAttribute("counts", counts);
        return "support/admin/home";
    }

    @GetMapping("/budget/new")
    String newLine(Model model) {
        BudgetForm form = new BudgetForm();
        form.setYear(LocalDate.now(StartClaim.KOSOVO).getYear());
        return budgetPage(form, null, model);
    }

    @PostMapping("/budget/new")
    String createLine(@ModelAttribute("budgetForm") BudgetForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        check(form, errors);
        if (!errors.hasErrors()) {
            try {
                budget.create(values(form));
                redirect.addFlashAttribute("flash", "support.budget.flash.saved");
                return "redirect:/admin/support?year=" + form.getYear();
            } catch (FundRuleBroken e) {
                Problems.reject(errors, e);
            }
        }
        return budgetPage(form, null, model);
    }

    @GetMapping("/budget/{id}")
    String editLine(@PathVariable("id") long id, Model model) {
        BudgetLine line = budgetLines.findById(id).orElseThrow(() -> new NotFoundException("budget line", id));
        BudgetForm form = new BudgetForm();
        form.setYear(line.getYear());
        form.setName(line.getName());
        form.setDonor(line.getDonor());
        form.setAmount(line.getAmount());
        form.setBodyKinds(line.getBodyKinds());
        return budgetPage(form, line, model);
    }

    @PostMapping("/budget/{id}")
    String updateLine(@PathVariable("id") long id, @ModelAttribute("budgetForm") BudgetForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        BudgetLine line = budgetLines.findById(id).orElseThrow(() -> new NotFoundException("budget line", id));
        check(form, errors);
        if (!errors.hasErrors()) {
            try {
                budget.edit(id, values(form));
                redirect.addFlashAttribute("flash", "support.budget.flash.saved");
                return "redirect:/admin/support?year=" + form.getYear();
            } catch (FundRuleBroken e) {
                Problems.reject(errors, "amount", e);
            }
        }
        return budgetPage(form, line, model);
    }

    private static void check(BudgetForm f, BindingResult errors) {
        if (f.getYear() == null && !errors.hasFieldErrors("year") || f.getYear() != null && (f.getYear() < 2000 || f.getYear() > 2100)) {
            errors.rejectValue("year", "support.budget.year.invalid");
        }
        if (f.getName() == null || f.getName().isBlank() || f.getName().length() > 200) {
            errors.rejectValue("name", "support.budget.name.required");
        }
        if (f.getDonor() == null || f.getDonor().isBlank() || f.getDonor().length() > 200) {
            errors.rejectValue("donor", "support.budget.donor.required");
        }
        if (f.getAmount() == null && !errors.hasFieldErrors("amount") || f.getAmount() != null
                && (f.getAmount().signum() < 0 || f.getAmount().compareTo(new BigDecimal("9999999999")) > 0)) {
            errors.rejectValue("amount", "support.rule.amount.invalid");
        }
        if (f.getBodyKinds().isEmpty()) {
            errors.rejectValue("bodyKinds", "support.rule.budget.kinds");
        }
    }

    private static BudgetBook.LineValues values(BudgetForm f) {
        return new BudgetBook.LineValues(f.getYear(), f.getName(), f.getDonor(), f.getAmount().setScale(2, java.math.RoundingMode.HALF_UP),
                f.getBodyKinds());
    }

    private String budgetPage(BudgetForm form, BudgetLine line, Model model) {
        model.addAttribute("budgetForm", form);
        model.addAttribute("line", line);
        model.addAttribute("kinds", BodyKind.values());
        return "support/admin/budget-form";
    }

    @GetMapping("/rules")
    String rulesList(Model model) {
        model.addAttribute("versions", rules.findAllByOrderByYearDescNumberDesc());
        return "support/admin/rules";
    }

    @GetMapping("/rules/new")
    String newRules(Model model) {
        RulesForm form = rules.findAllByOrderByYearDescNumberDesc().stream().findFirst()
                .map(v -> RulesForm.of(v.values())).orElseGet(RulesForm::new);
        form.setEffectiveFrom(LocalDate.now(StartClaim.KOSOVO));
        return rulesPage(form, null, model);
    }

    @PostMapping("/rules/new")
    String draftRules(@ModelAttribute("rulesForm") RulesForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        check(form, errors);
        if (!errors.hasErrors()) {
            try {
                RulesVersion v = editRules.draft(form.values());
                redirect.addFlashAttribute("flash", "support.rules.flash.saved");
                return "redirect:/admin/support/rules/" + v.getId();
            } catch (FundRuleBroken e) {
                Problems.reject(errors, "effectiveFrom", e);
            }
        }
        return rulesPage(form, null, model);
    }

    @GetMapping("/rules/{id}")
    String showRules(@PathVariable("id") long id, Model model) {
        RulesVersion v = rules.findById(id).orElseThrow(() -> new NotFoundException("rules", id));
        return rulesPage(RulesForm.of(v.values()), v, model);
    }

    @PostMapping("/rules/{id}")
    String editRules(@PathVariable("id") long id, @ModelAttribute("rulesForm") RulesForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        RulesVersion v = rules.findById(id).orElseThrow(() -> new NotFoundException("rules", id));
        check(form, errors);
        if (!errors.hasErrors()) {
            try {
                editRules.edit(id, form.values());
                redirect.addFlashAttribute("flash", "support.rules.flash.saved");
                return "redirect:/admin/support/rules/" + id;
            } catch (FundRuleBroken e) {
                Problems.reject(errors, "effectiveFrom", e);
            }
        }
        return rulesPage(form, v, model);
    }

    @PostMapping("/rules/{id}/publish")
    String publishRules(@PathVariable("id") long id, Model model, RedirectAttributes redirect) {
        RulesVersion v = rules.findById(id).orElseThrow(() -> new NotFoundException("rules", id));
        try {
            editRules.publish(id);
            redirect.addFlashAttribute("flash", "support.rules.flash.published");
            return "redirect:/admin/support/rules/" + id;
        } catch (FundRuleBroken e) {
            RulesForm form = RulesForm.of(v.values());
            BindingResult errors = new BeanPropertyBindingResult(form, "rulesForm");
            Problems.reject(errors, e);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "rulesForm", errors);
            return rulesPage(form, v, model);
        }
    }

    private static void check(RulesForm f, BindingResult errors) {
        if (f.getEffectiveFrom() == null && !errors.hasFieldErrors("effectiveFrom")) {
            errors.rejectValue("effectiveFrom", "support.rules.effectiveFrom.required");
        }
        for (String field : List.of("perKmRate", "accommodationCap", "mealsCapPerDay", "otherCap", "claimCap", "organisationYearCap",
                "fourEyesThreshold", "eligibilityMaxBudget")) {
            Object value = errors.getRawFieldValue(field);
            if (!errors.hasFieldErrors(field) && (value == null || ((BigDecimal) value).signum() < 0
                    || ((BigDecimal) value).compareTo(new BigDecimal("99999999")) > 0)) {
                errors.rejectValue(field, "support.rule.amount.invalid");
            }
        }
        if (!errors.hasFieldErrors("accommodationMinKm") && (f.getAccommodationMinKm() == null || f.getAccommodationMinKm() < 0
                || f.getAccommodationMinKm() > 1000)) {
            errors.rejectValue("accommodationMinKm", "support.rule.distance.km");
        }
        if (f.getPerKmRate() != null && f.getPerKmRate().scale() > 4) {
            errors.rejectValue("perKmRate", "support.rule.amount.invalid");
        }
        if (f.getNotes() != null && f.getNotes().length() > 4000) {
            errors.rejectValue("notes", "support.rules.notes.tooLong");
        }
    }

    private String rulesPage(RulesForm form, RulesVersion version, Model model) {
        model.addAttribute("rulesForm", form);
        model.addAttribute("version", version);
        return "support/admin/rules-form";
    }

    /** The distance table: every pair of municipalities the secretariat has a figure for, and a form to set one. */
    @GetMapping("/distances")
    String distances(Locale locale, Model model) {
        return distancesPage(locale, model, null);
    }

    @PostMapping("/distances")
    String setDistance(@RequestParam(name = "from", required = false) String from, @RequestParam(name = "to", required = false) String to,
                       @RequestParam(name = "km", required = false) String km, @RequestParam(name = "source", required = false) String source,
                       Locale locale, Model model, RedirectAttributes redirect) {
        try {
            BigDecimal value = km == null || km.isBlank() ? null : new BigDecimal(km.strip().replace(',', '.'));
            distances.set(from, to, value, source == null ? null : source.strip());
            redirect.addFlashAttribute("flash", "support.distances.flash.saved");
            return "redirect:/admin/support/distances";
        } catch (NumberFormatException e) {
            return distancesPage(locale, model, new FundRuleBroken("support.rule.distance.km"));
        } catch (FundRuleBroken e) {
            return distancesPage(locale, model, e);
        }
    }

    private String distancesPage(Locale locale, Model model, FundRuleBroken problem) {
        List<MunicipalitySummary> municipalities = directory.municipalities();
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("municipalityNames", municipalities.stream()
                .collect(java.util.stream.Collectors.toMap(MunicipalitySummary::code, m -> m.name().display(locale))));
        model.addAttribute("distances", distances.all().values());
        model.addAttribute("problem", problem);
        return "support/admin/distances";
    }
}
