package org.bashke.identity.affiliation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.identity.affiliation.Affiliation;
import org.bashke.identity.affiliation.AffiliationRefused;
import org.bashke.identity.affiliation.AffiliationRepository;
import org.bashke.identity.affiliation.AffiliationStatus;
import org.bashke.identity.affiliation.ClaimAffiliation;
import org.bashke.identity.people.PageLinks;
import org.bashke.identity.roles.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's links with organisations: what they claimed, what the secretariat decided, and a form to claim another. */
@Controller
@RequestMapping("/account/organisations")
class MyOrganisationsController {

    private static final int RESULTS = 25;

    public static class ClaimForm {
        private Long organisationId;
        private String position;

        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
    }

    record Row(String organisationName, String position, AffiliationStatus status, String requestedAt, String note) {
    }

    record Option(long id, String name, String typeKey) {
    }

    private final AffiliationRepository affiliations;
    private final ClaimAffiliation claimAffiliation;
    private final Directory directory;
    private final Actors actors;

    MyOrganisationsController(AffiliationRepository affiliations, ClaimAffiliation claimAffiliation, Directory directory, Actors actors) {
        this.affiliations = affiliations;
        this.claimAffiliation = claimAffiliation;
        this.directory = directory;
        this.actors = actors;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id", "accountId", "status");
    }

    @GetMapping
    String show(@RequestParam(required = false) String orgQuery, Model model, Locale locale) {
        model.addAttribute("claimForm", new ClaimForm());
        return page(actors.accountId().orElse(null), orgQuery, null, model, locale);
    }

    @PostMapping
    String claim(@ModelAttribute("claimForm") ClaimForm form, BindingResult errors, @RequestParam(required = false) String orgQuery,
                 Model model, Locale locale, RedirectAttributes redirect) {
        Long accountId = actors.accountId().orElse(null);
        if (accountId == null) {
            // a principal with no account behind it (never a real login) has nothing to claim with
            return "redirect:/account/organisations";
        }
        if (form.getPosition() != null && form.getPosition().strip().length() > 200) {
            errors.rejectValue("position", "identity.affiliation.claim.position.tooLong");
        }
        if (!errors.hasErrors()) {
            try {
                claimAffiliation.claim(accountId, form.getOrganisationId(), form.getPosition());
                redirect.addFlashAttribute("flash", "identity.affiliation.claim.sent");
                return "redirect:/account/organisations";
            } catch (AffiliationRefused refused) {
                errors.rejectValue(refused.field(), refused.key());
            }
        }
        return page(accountId, orgQuery, form.getOrganisationId(), model, locale);
    }

    private String page(Long accountId, String orgQuery, Long chosen, Model model, Locale locale) {
        List<Affiliation> mine = accountId == null ? List.of() : affiliations.findByAccountIdOrderByRequestedAtDesc(accountId);
        Map<Long, OrganisationSummary> organisations = directory.organisations(
                mine.stream().map(Affiliation::getOrganisationId).distinct().toList())
                .stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        model.addAttribute("affiliations", mine.stream().map(a -> new Row(
                organisations.containsKey(a.getOrganisationId()) ? organisations.get(a.getOrganisationId()).name().display(locale)
                        : "#" + a.getOrganisationId(),
                a.getPosition(), a.getStatus(), PageLinks.dateTime(a.getRequestedAt()), a.getNote())).toList());
        model.addAttribute("orgQuery", orgQuery == null ? "" : orgQuery);
        boolean searched = orgQuery != null && !orgQuery.isBlank();
        model.addAttribute("organisationSearched", searched);
        List<Option> options = new java.util.ArrayList<>();
        if (chosen != null) {
            directory.organisation(chosen).ifPresent(o -> options.add(option(o, locale)));
        }
        if (searched) {
            directory.findOrganisations(orgQuery.strip(), null, RESULTS).stream()
                    .filter(o -> !o.archived() && (chosen == null || o.id() != chosen))
                    .map(o -> option(o, locale)).forEach(options::add);
        }
        model.addAttribute("organisationOptions", options);
        return "identity/people/my-organisations";
    }

    private static Option option(OrganisationSummary o, Locale locale) {
        String name = o.name().display(locale) + (o.acronym() == null || o.acronym().isBlank() ? "" : " (" + o.acronym() + ")");
        return new Option(o.id(), name, "identity.admin.organisationType." + o.type().name());
    }
}
