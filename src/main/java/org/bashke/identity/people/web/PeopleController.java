package org.bashke.identity.people.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.identity.account.Account;
import org.bashke.identity.account.AccountRepository;
import org.bashke.identity.account.AccountStatus;
import org.bashke.identity.affiliation.Affiliation;
import org.bashke.identity.affiliation.AffiliationRepository;
import org.bashke.identity.affiliation.AffiliationStatus;
import org.bashke.identity.people.PageLinks;
import org.bashke.identity.people.UserSearch;
import org.bashke.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** People who chose to be seen: their name, bio and the organisations the secretariat verified them with. */
@Controller
class PeopleController {

    static final int PAGE_SIZE = 20;

    record OrganisationLink(long id, String name, String position) {
    }

    record Person(long id, String displayName, String bio, List<OrganisationLink> organisations) {
    }

    private final UserSearch search;
    private final AccountRepository accounts;
    private final AffiliationRepository affiliations;
    private final Directory directory;

    PeopleController(UserSearch search, AccountRepository accounts, AffiliationRepository affiliations, Directory directory) {
        this.search = search;
        this.accounts = accounts;
        this.affiliations = affiliations;
        this.directory = directory;
    }

    @GetMapping("/people")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Page<Account> found = search.findPublic(q, PageRequest.of(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("people", people(found.getContent(), locale));
        model.addAttribute("paging", PageLinks.of(found));
        return "identity/people/list";
    }

    @GetMapping("/people/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        Account account = accounts.findById(id)
                .filter(a -> a.isPublicProfile() && a.getStatus() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new NotFoundException("person", id));
        model.addAttribute("person", people(List.of(account), locale).get(0));
        return "identity/people/person";
    }

    private List<Person> people(List<Account> list, Locale locale) {
        List<Affiliation> verified = list.isEmpty() ? List.of()
                : affiliations.findByAccountIdInAndStatus(list.stream().map(Account::getId).toList(), AffiliationStatus.VERIFIED);
        Map<Long, OrganisationSummary> organisations = directory.organisations(
                verified.stream().map(Affiliation::getOrganisationId).distinct().toList())
                .stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        Map<Long, List<OrganisationLink>> byPerson = verified.stream()
                .filter(a -> organisations.containsKey(a.getOrganisationId()))
                .collect(Collectors.groupingBy(Affiliation::getAccountId, Collectors.mapping(a -> new OrganisationLink(
                        a.getOrganisationId(), organisations.get(a.getOrganisationId()).name().display(locale), a.getPosition()),
                        Collectors.toList())));
        return list.stream().map(a -> new Person(a.getId(), a.getDisplayName(), a.getPublicBio(),
                byPerson.getOrDefault(a.getId(), List.of()).stream()
                        .sorted(Comparator.comparing(OrganisationLink::name)).toList())).toList();
    }
}
