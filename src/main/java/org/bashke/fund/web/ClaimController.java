package org.bashke.fund.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.council.AttendanceRecord;
import org.bashke.council.Council;
import org.bashke.council.MeetingSummary;
import org.bashke.files.FileRejected;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.NotFoundException;
import org.bashke.fund.claim.Claim;
import org.bashke.fund.claim.ClaimLine;
import org.bashke.fund.claim.Claims;
import org.bashke.fund.claim.EditClaim;
import org.bashke.fund.claim.FundAccess;
import org.bashke.fund.claim.StartClaim;
import org.bashke.fund.eligibility.Eligibility;
import org.bashke.fund.eligibility.ManageEligibility;
import org.bashke.fund.payment.BankDetails;
import org.bashke.fund.rules.CostKind;
import org.bashke.fund.rules.FundRuleBroken;
import org.bashke.files.FileStore;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
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

/** CSO representatives: the meetings their people attended, their claims, adding costs and submitting. */
@Controller
@RequestMapping("/support/claims")
class ClaimController {

    private final Council council;
    private final Accounts accounts;
    private final Claims claims;
    private final StartClaim startClaim;
    private final EditClaim editClaim;
    private final FundAccess access;
    private final ManageEligibility eligibility;
    private final BankDetails bank;
    private final ClaimViews views;
    private final FileStore files;

    ClaimController(Council council, Accounts accounts, Claims claims, StartClaim startClaim, EditClaim editClaim, FundAccess access,
                    ManageEligibility eligibility, BankDetails bank, ClaimViews views, FileStore files) {
        this.council = council;
        this.accounts = accounts;
        this.claims = claims;
        this.startClaim = startClaim;
        this.editClaim = editClaim;
        this.access = access;
        this.eligibility = eligibility;
        this.bank = bank;
        this.views = views;
        this.files = files;
    }

    @InitBinder("lineForm")
    void lineFields(WebDataBinder binder) {
        binder.setAllowedFields("kind", "quantity", "unitAmount", "justification", "receipt");
    }

    /** A meeting someone of the organisation attended, and the claim for it if there is one. */
    record Attended(long organisationId, String organisation, long meetingId, String meeting, OffsetDateTime startsAt,
                    long accountId, String person, Long claimId) {
    }

    @GetMapping
    String list(Locale locale, Model model) {
        return listPage(locale, model, null);
    }

    private String listPage(Locale locale, Model model, FundRuleBroken problem) {
        Set<Long> mine = access.myOrganisations();
        Map<Long, String> orgNames = views.organisationNames(mine, locale);
        List<Claim> myClaims = mine.isEmpty() ? List.of() : claims.findByOrganisationIdInOrderByMeetingDateDescIdDesc(mine);
        Map<String, Long> claimByMeetingAndPerson = myClaims.stream()
                .collect(Collectors.toMap(c -> c.getMeetingId() + ":" + c.getAccountId(), Claim::getId, (a, b) -> a));
        List<AttendanceRecord> records = new ArrayList<>();
        for (long org : mine) {
            records.addAll(council.attendanceOfOrganisation(org));
        }
        Map<Long, String> people = accounts.accounts(records.stream().map(AttendanceRecord::accountId).distinct().toList()).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        Map<Long, Optional<MeetingSummary>> meetings = records.stream().map(AttendanceRecord::meetingId).distinct()
                .collect(Collectors.toMap(Function.identity(), council::meeting));
        List<Attended> attended = records.stream().filter(r -> r.organisationId() != null && meetings.get(r.meetingId()).isPresent())
                .map(r -> {
                    MeetingSummary m = meetings.get(r.meetingId()).get();
                    return new Attended(r.organisationId(), orgNames.getOrDefault(r.organisationId(), ""), r.meetingId(),
                            m.title().display(locale), m.startsAt(), r.accountId(), people.getOrDefault(r.accountId(), ""),
                            claimByMeetingAndPerson.get(r.meetingId() + ":" + r.accountId()));
                })
                .sorted(Comparator.comparing(Attended::startsAt).reversed()).toList();
        int year = LocalDate.now(StartClaim.KOSOVO).getYear();
        Map<Long, Eligibility> eligibleThisYear = eligibility.of(mine).stream().filter(e -> e.getYear() == year)
                .collect(Collectors.toMap(Eligibility::getOrganisationId, Function.identity()));
        model.addAttribute("organisations", orgNames);
        model.addAttribute("eligibility", eligibleThisYear);
        model.addAttribute("banked", mine.stream().filter(o -> bank.current(o).isPresent()).collect(Collectors.toSet()));
        model.addAttribute("attended", attended);
        model.addAttribute("claims", myClaims);
        model.addAttribute("year", year);
        model.addAttribute("problem", problem);
        return "support/claims";
    }

    @PostMapping
    String start(@RequestParam("organisationId") long organisationId, @RequestParam("meetingId") long meetingId,
                 @RequestParam("accountId") long accountId, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            Claim claim = startClaim.start(organisationId, meetingId, accountId);
            redirect.addFlashAttribute("flash", "support.claim.flash.started");
            return "redirect:/support/claims/" + claim.getId();
        } catch (FundRuleBroken e) {
            return listPage(locale, model, e);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        return page(mine(id), new LineForm(), null, locale, model);
    }

    private String page(Claim claim, LineForm form, BindingResult errors, Locale locale, Model model) {
        views.claim(claim, locale, model);
        model.addAttribute("lineForm", form);
        if (errors != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "lineForm", errors);
        }
        model.addAttribute("kinds", CostKind.values());
        model.addAttribute("hasBank", bank.current(claim.getOrganisationId()).isPresent());
        return "support/claim";
    }

    @PostMapping("/{id}/lines")
    String addLine(@PathVariable("id") long id, @ModelAttribute("lineForm") LineForm form, BindingResult errors, Locale locale,
                   Model model, RedirectAttributes redirect) {
        Claim claim = mine(id);
        if (form.getKind() == null && !errors.hasFieldErrors("kind")) {
            errors.rejectValue("kind", "support.claim.line.kind.required");
        }
        if (!errors.hasErrors()) {
            try {
                editClaim.addLine(id, new EditClaim.NewLine(form.getKind(), form.getQuantity(), form.getUnitAmount(),
                        form.getJustification(), form.getReceipt()));
                redirect.addFlashAttribute("flash", "support.claim.flash.lineAdded");
                return "redirect:/support/claims/" + id + "#lines";
            } catch (FileRejected e) {
                errors.rejectValue("receipt", e.messageKey());
            } catch (FundRuleBroken e) {
                Problems.reject(errors, fieldOf(e.messageKey()), e);
            }
        }
        return page(claims.withLines(id).orElse(claim), form, errors, locale, model);
    }

    /** Puts the message of a refused cost next to the field it is about. */
    private static String fieldOf(String key) {
        if (key.contains("receipt")) {
            return "receipt";
        }
        if (key.contains("Justification") || key.contains("justification")) {
            return "justification";
        }
        if (key.contains("amount")) {
            return "unitAmount";
        }
        if (key.contains("quantity") || key.contains("kmRequired") || key.contains("Nights") || key.contains("Days")) {
            return "quantity";
        }
        return "kind";
    }

    @PostMapping("/{id}/lines/{lineId}/delete")
    String removeLine(@PathVariable("id") long id, @PathVariable("lineId") long lineId, Locale locale, Model model,
                      RedirectAttributes redirect) {
        mine(id);
        try {
            editClaim.removeLine(id, lineId);
            redirect.addFlashAttribute("flash", "support.claim.flash.lineRemoved");
            return "redirect:/support/claims/" + id + "#lines";
        } catch (FundRuleBroken e) {
            return refused(id, e, locale, model);
        }
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable("id") long id, Locale locale, Model model, RedirectAttributes redirect) {
        mine(id);
        try {
            editClaim.submit(id);
            redirect.addFlashAttribute("flash", "support.claim.flash.submitted");
            return "redirect:/support/claims/" + id;
        } catch (FundRuleBroken e) {
            return refused(id, e, locale, model);
        }
    }

    private String refused(long id, FundRuleBroken e, Locale locale, Model model) {
        LineForm form = new LineForm();
        BindingResult errors = new BeanPropertyBindingResult(form, "lineForm");
        Problems.reject(errors, e);
        return page(mine(id), form, errors, locale, model);
    }

    @GetMapping("/{id}/receipts/{lineId}")
    ResponseEntity<Resource> receipt(@PathVariable("id") long id, @PathVariable("lineId") long lineId) {
        Claim claim = claims.withLines(id).orElseThrow(() -> new NotFoundException("claim", id));
        access.mustSee(claim);
        Long file = claim.getLines().stream().filter(l -> l.getId() == lineId).map(ClaimLine::getReceiptFileId)
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow(() -> new NotFoundException("receipt", lineId));
        return files.download(file, true);
    }

    private Claim mine(long id) {
        Claim claim = claims.withLines(id).orElseThrow(() -> new NotFoundException("claim", id));
        access.mustRepresent(claim.getOrganisationId());
        return claim;
    }
}
