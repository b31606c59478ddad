package org.bashke.identity.web.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.affiliation.Affiliation;
import org.bashke.identity.affiliation.AffiliationRefused;
import org.bashke.identity.affiliation.AffiliationRepository;
import org.bashke.identity.affiliation.AffiliationStatus;
import org.bashke.identity.affiliation.DecideAffiliation;
import org.bashke.identity.people.PageLinks;
import org.bashke.identity.roles.Actors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The queue of links people claimed with organisations: the secretariat verifies or rejects each. */
@Controller
@RequestMapping("/admin/affiliations")
class AffiliationAdminController {

    record AffiliationRow(long id, long accountId, String personName, String personEmail, String organisationName,
                          boolean cso, String position, String requestedAt, AffiliationStatus status, String decidedBy,
                          String decidedAt, String note) {
    }

    private final AffiliationRepository affiliations;
    private final AccountRepository accounts;
    private final Directory directory;
    private final DecideAffiliation decide;
    private final Actors actors;

    AffiliationAdminController(AffiliationRepository affiliations, AccountRepository accounts, Directory directory,
                               DecideAffiliation decide, Actors actors) {
        this.affiliations = affiliations;
        this.accounts = accounts;
        this.directory = directory;
        this.decide = decide;
        this.actors = actors;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "CLAIMED") AffiliationStatus status, @RequestParam(defaultValue = "0") int page,
                 Model model, Locale locale) {
        return page(status, page, model, locale);
    }

    @PostMapping("/{id}/verify")
    String verify(@PathVariable long id, @RequestParam(defaultValue = "false") boolean grantRepresentative, Model model,
                  Locale locale, RedirectAttributes redirect) {
        try {
            decide.verify(actors.current(), id, grantRepresentative);
        } catch (AffiliationRefused refused) {
            return withError(id, refused, model, locale);
        }
        redirect.addFlashAttribute("flash", "identity.affiliation.admin.verified");
        return "redirect:/admin/affiliations";
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, Model model, Locale locale,
                  RedirectAttributes redirect) {
        try {
            decide.reject(actors.current(), id, reason);
        } catch (AffiliationRefused refused) {
            return withError(id, refused, model, locale);
        }
        redirect.addFlashAttribute("flash", "identity.affiliation.admin.rejected");
        return "redirect:/admin/affiliations";
    }

    private String withError(long id, AffiliationRefused refused, Model model, Locale locale) {
        if ("id".equals(refused.field())) {
            // decided meanwhile (by a colleague): it has left the queue, so the message goes above it
            model.addAttribute("actionError", refused.key());
        } else {
            model.addAttribute("errorFor", id);
            model.addAttribute("errorField", refused.field());
            model.addAttribute("errorKey", refused.key());
        }
        return page(AffiliationStatus.CLAIMED, 0, model, locale);
    }

    private String page(AffiliationStatus status, int page, Model model, Locale locale) {
        Page<Affiliation> found = affiliations.findByStatusOrderByRequestedAtAsc(status,
                PageRequest.of(Math.max(0, page), UserAdminController.PAGE_SIZE));
        List<Affiliation> content = found.getContent();
        Map<Long, Account> people = accounts.findAllById(content.stream().map(Affiliation::getAccountId).distinct().toList())
                .stream().collect(Collectors.toMap(Account::getId, Function.identity()));
        Map<Long, OrganisationSummary> organisations = directory.organisations(
                content.stream().map(Affiliation::getOrganisationId).distinct().toList())
                .stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        model.addAttribute("status", status);
        model.addAttribute("statuses", AffiliationStatus.values());
        model.addAttribute("affiliations", content.stream().map(a -> {
            Account person = people.get(a.getAccountId());
            OrganisationSummary organisation = organisations.get(a.getOrganisationId());
            return new AffiliationRow(a.getId(), a.getAccountId(), person == null ? "" : person.getDisplayName(),
                    person == null ? "" : person.getEmail(),
                    organisation == null ? "#" + a.getOrganisationId() : organisation.name().display(locale),
                    organisation != null && organisation.type() == OrganisationType.CSO, a.getPosition(),
                    PageLinks.dateTime(a.getRequestedAt()), a.getStatus(), a.getDecidedBy(), PageLinks.dateTime(a.getDecidedAt()),
                    a.getNote());
        }).toList());
        model.addAttribute("paging", PageLinks.of(found));
        return "identity/admin/affiliations";
    }
}
