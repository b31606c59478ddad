package org.bashke.network.internship.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bashke.files.FileRejected;
import org.bashke.files.FileStore;
import org.bashke.network.internship.ApplyForInternship;
import org.bashke.network.internship.InternshipAccess;
import org.bashke.network.internship.InternshipApplication;
import org.bashke.network.internship.InternshipApplications;
import org.bashke.network.internship.InternshipCall;
import org.bashke.network.internship.InternshipCalls;
import org.bashke.network.internship.InternshipPlacement;
import org.bashke.network.internship.InternshipPlacements;
import org.bashke.network.internship.InternshipRuleBroken;
import org.bashke.network.internship.SelectInterns;
import org.bashke.shared.NotFoundException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Public calls for interns, applying to one, and a person's own applications, placements and calls to select. */
@Controller
@RequestMapping("/network/internships")
class InternshipController {

    private final InternshipCalls calls;
    private final InternshipApplications applications;
    private final InternshipPlacements placements;
    private final ApplyForInternship apply;
    private final SelectInterns selection;
    private final InternshipAccess access;
    private final InternshipViews views;

    InternshipController(InternshipCalls calls, InternshipApplications applications, InternshipPlacements placements,
                         ApplyForInternship apply, SelectInterns selection, InternshipAccess access, InternshipViews views) {
        this.calls = calls;
        this.applications = applications;
        this.placements = placements;
        this.apply = apply;
        this.selection = selection;
        this.access = access;
        this.views = views;
    }

    @InitBinder("applicationForm")
    void applicationFields(WebDataBinder binder) {
        binder.setAllowedFields("motivation", "cv", "letter");
    }

    @GetMapping
    String list(Locale locale, Model model) {
        List<InternshipCall> open = calls.findByStatusAndDeadlineGreaterThanEqualOrderByDeadlineAsc(InternshipCall.Status.OPEN,
                LocalDate.now(SelectInterns.KOSOVO));
        model.addAttribute("calls", open);
        model.addAttribute("hosts", views.hosts(open.stream().map(InternshipCall::getHostOrganisationId).toList(), locale));
        model.addAttribute("regions", views.regions(locale));
        return "network/internship/list";
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable("id") long id, Locale locale, Model model) {
        return page(call(id), new ApplicationForm(), null, locale, model);
    }

    private String page(InternshipCall call, ApplicationForm form, BindingResult errors, Locale locale, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("host", views.host(call.getHostOrganisationId(), locale));
        model.addAttribute("region", views.regions(locale).getOrDefault(call.getRegionCode(), ""));
        model.addAttribute("open", call.takesApplications(LocalDate.now(SelectInterns.KOSOVO)));
        Long me = access.accountId();
        model.addAttribute("signedIn", me != null);
        model.addAttribute("applied", me != null && applications.findByCallIdAndAccountId(call.getId(), me).isPresent());
        model.addAttribute("selector", call.isSelector(me));
        model.addAttribute("applicationForm", form);
        if (errors != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "applicationForm", errors);
        }
        return "network/internship/call";
    }

    @PostMapping("/{id:\\d+}/apply")
    String apply(@PathVariable("id") long id, @ModelAttribute("applicationForm") ApplicationForm form, BindingResult errors,
                 Locale locale, Model model, RedirectAttributes redirect) {
        InternshipCall call = call(id);
        if (!errors.hasErrors()) {
            try {
                apply.apply(id, form.getMotivation(), form.getCv(), form.getLetter(), locale);
                redirect.addFlashAttribute("flash", "network.internship.flash.applied");
                return "redirect:/network/internships/mine";
            } catch (FileRejected e) {
                errors.reject(e.messageKey());
            } catch (InternshipRuleBroken e) {
                InternshipViews.reject(errors, e);
            }
        }
        return page(call, form, errors, locale, model);
    }

    /** What a signed-in person has here: applications (their own data), placements, calls they select for. */
    @GetMapping("/mine")
    String mine(Locale locale, Model model) {
        long me = access.mustBeSignedIn();
        List<InternshipApplication> mine = applications.findByAccountIdOrderBySubmittedAtDesc(me);
        List<InternshipPlacement> placed = placements.findByInternAccountIdOrMentorAccountIdOrderByStartsOnDesc(me, me);
        List<InternshipCall> selecting = calls.selecting(me);
        Set<Long> callIds = new HashSet<>();
        mine.forEach(a -> callIds.add(a.getCallId()));
        placed.forEach(p -> callIds.add(p.getCallId()));
        List<InternshipCall> related = new ArrayList<>(calls.findAllById(callIds));
        related.addAll(selecting);
        java.util.Map<Long, InternshipCall> byId = new java.util.HashMap<>();
        related.forEach(c -> byId.put(c.getId(), c));
        model.addAttribute("applications", mine);
        model.addAttribute("placements", placed);
        model.addAttribute("selecting", selecting);
        model.addAttribute("callsById", byId);
        model.addAttribute("me", me);
        model.addAttribute("hosts", views.hosts(related.stream().map(InternshipCall::getHostOrganisationId).toList(), locale));
        return "network/internship/mine";
    }

    private InternshipCall call(long id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("internship-call", id));
    }

}
