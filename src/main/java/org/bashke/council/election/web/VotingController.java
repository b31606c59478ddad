package org.bashke.council.election.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.bashke.council.election.ApplyAsCandidate;
import org.bashke.council.election.Election;
import org.bashke.council.election.ElectionAccess;
import org.bashke.council.election.ElectionRuleBroken;
import org.bashke.council.election.ElectionViews;
import org.bashke.council.election.EligibilityRule;
import org.bashke.council.election.ManageElections;
import org.bashke.council.election.Voter;
import org.bashke.council.election.Voting;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.files.FileRejected;
import org.bashke.identity.AccountSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

/** What a CSO's representative does in an election for the organisation: apply, ask to vote, vote. */
@Controller
@RequestMapping("/council/elections/{id}")
class VotingController {

    /** Where an organisation stands on the roll, for the voting page. */
    public record RollStatus(long organisationId, String name, boolean registered, boolean voted, boolean mayVote) {
    }

    private final ManageElections manage;
    private final ApplyAsCandidate apply;
    private final Voting voting;
    private final ElectionViews views;
    private final ElectionAccess access;
    private final Directory directory;

    VotingController(ManageElections manage, ApplyAsCandidate apply, Voting voting, ElectionViews views, ElectionAccess access,
                     Directory directory) {
        this.manage = manage;
        this.apply = apply;
        this.voting = voting;
        this.views = views;
        this.access = access;
        this.directory = directory;
    }

    @InitBinder("candidacy")
    void candidacyFields(WebDataBinder binder) {
        binder.setAllowedFields("organisationId", "candidateAccountId", "motivation", "documents");
    }

    @InitBinder("ballot")
    void ballotFields(WebDataBinder binder) {
        binder.setAllowedFields("organisationId", "choices");
    }

    @GetMapping("/apply")
    String applyForm(@PathVariable("id") long id, Locale locale, Model model) {
        CandidacyForm form = new CandidacyForm();
        List<OrganisationSummary> organisations = organisations(locale);
        if (organisations.size() == 1) {
            form.setOrganisationId(organisations.get(0).id());
        }
        return applyPage(id, form, locale, model);
    }

    @PostMapping("/apply")
    String submit(@PathVariable("id") long id, @ModelAttribute("candidacy") CandidacyForm form, BindingResult errors,
                  Locale locale, Model model, RedirectAttributes redirect) {
        if (form.getOrganisationId() == null) {
            errors.rejectValue("organisationId", "council-election.form.required");
        }
        if (form.getCandidateAccountId() == null) {
            errors.rejectValue("candidateAccountId", "council-election.form.required");
        }
        if (form.getMotivation() == null || form.getMotivation().isBlank()) {
            errors.rejectValue("motivation", "council-election.rule.candidacy.motivationRequired");
        }
        if (!errors.hasErrors()) {
            try {
                apply.apply(id, form.getOrganisationId(), form.getCandidateAccountId(), form.getMotivation(), form.getDocuments());
                redirect.addFlashAttribute("flash", "council-election.apply.flash.submitted");
                return "redirect:/council/elections/" + id;
            } catch (FileRejected e) {
                errors.rejectValue("documents", e.messageKey());
            } catch (ElectionRuleBroken e) {
                if (e.messageKey().startsWith("council-election.rule.candidacy.candidate")) {
                    errors.rejectValue("candidateAccountId", e.messageKey());
                } else {
                    errors.reject(e.messageKey());
                }
            }
        }
        return applyPage(id, form, locale, model);
    }

    private String applyPage(long id, CandidacyForm form, Locale locale, Model model) {
        Election e = manage.find(id);
        List<OrganisationSummary> organisations = organisations(locale);
        Map<OrganisationSummary, List<AccountSummary>> people = new LinkedHashMap<>();
        organisations.forEach(o -> people.put(o, apply.possibleCandidates(o.id())));
        model.addAttribute("election", e);
        model.addAttribute("title", e.getTitle().display(locale));
        model.addAttribute("open", e.acceptsCandidacies(ManageElections.today()));
        model.addAttribute("organisations", organisations);
        model.addAttribute("people", people);
        model.addAttribute("candidacy", form);
        return "council/election/apply";
    }

    @PostMapping("/register")
    String register(@PathVariable("id") long id, @RequestParam(name = "organisationId", required = false) Long organisationId,
                    RedirectAttributes redirect) {
        if (organisationId == null) {
            redirect.addFlashAttribute("problem", "council-election.form.organisation.required");
            return "redirect:/council/elections/" + id + "/vote";
        }
        try {
            voting.register(id, organisationId);
            redirect.addFlashAttribute("flash", "council-election.vote.flash.registered");
        } catch (ElectionRuleBroken e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/council/elections/" + id + "/vote";
    }

    @GetMapping("/vote")
    String voteForm(@PathVariable("id") long id, Locale locale, Model model) {
        BallotForm form = new BallotForm();
        return votePage(id, form, locale, model);
    }

    @PostMapping("/vote")
    String vote(@PathVariable("id") long id, @ModelAttribute("ballot") BallotForm form, BindingResult errors, Locale locale,
                Model model, RedirectAttributes redirect) {
        if (form.getOrganisationId() == null) {
            errors.rejectValue("organisationId", "council-election.form.organisation.required");
        } else {
            try {
                voting.cast(id, form.getOrganisationId(), form.getChoices() == null ? List.of()
                        : form.getChoices().stream().filter(Objects::nonNull).toList());
                redirect.addFlashAttribute("flash", "council-election.vote.flash.cast");
                return "redirect:/council/elections/" + id + "/vote";
            } catch (ElectionRuleBroken e) {
                if (e.messageKey().startsWith("council-election.rule.ballot.tooMany") || e.messageKey().endsWith("unknownCandidate")
                        || e.messageKey().endsWith("duplicate")) {
                    errors.rejectValue("choices", e.messageKey());
                } else {
                    errors.reject(e.messageKey());
                }
            }
        }
        return votePage(id, form, locale, model);
    }

    private String votePage(long id, BallotForm form, Locale locale, Model model) {
        ElectionViews.Page page = views.page(id, locale, false);
        Election e = page.election();
        List<OrganisationSummary> organisations = organisations(locale);
        List<RollStatus> roll = organisations.stream().map(o -> {
            Voter v = voting.voter(id, o.id()).orElse(null);
            boolean registered = v != null;
            boolean voted = v != null && v.hasVoted();
            boolean eligible = e.getEligibility() == EligibilityRule.ANY_CSO || registered;
            return new RollStatus(o.id(), o.name().display(locale), registered, voted, eligible && !voted);
        }).toList();
        List<RollStatus> mayVote = roll.stream().filter(RollStatus::mayVote).toList();
        if (form.getOrganisationId() == null && mayVote.size() == 1) {
            form.setOrganisationId(mayVote.get(0).organisationId());
        }
        model.addAttribute("page", page);
        model.addAttribute("roll", roll);
        model.addAttribute("mayVote", mayVote);
        model.addAttribute("acceptsBallots", e.acceptsBallots(ManageElections.today()));
        model.addAttribute("acceptsRegistrations", e.acceptsRegistrations(ManageElections.today()));
        model.addAttribute("candidates", page.candidates().stream()
                .filter(c -> c.status() == org.bashke.council.election.CandidacyStatus.SUBMITTED).toList());
        model.addAttribute("ballot", form);
        return "council/election/vote";
    }

    /** The organisations the person represents, by name (none: the page says so). */
    private List<OrganisationSummary> organisations(Locale locale) {
        return directory.organisations(access.representedOrganisations()).stream()
                .sorted(Comparator.comparing(o -> o.name().display(locale))).toList();
    }
}
