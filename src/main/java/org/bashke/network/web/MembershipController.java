package org.bashke.network.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bashke.directory.Directory;
import org.bashke.files.FileRejected;
import org.bashke.network.MemberStatus;
import org.bashke.network.Network;
import org.bashke.network.code.CodeKind;
import org.bashke.network.code.CodeVersion;
import org.bashke.network.code.CodesInForce;
import org.bashke.network.code.ManageCode;
import org.bashke.network.member.ApplyForMembership;
import org.bashke.network.member.ManageMembers;
import org.bashke.network.member.MemberArea;
import org.bashke.network.member.MembershipAccess;
import org.bashke.network.member.MembershipApplication;
import org.bashke.network.member.MembershipRuleBroken;
import org.bashke.network.member.NetworkMemberRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A CSO representative's membership business: apply, follow the application, confirm data, accept the codes. */
@Controller
class MembershipController {

    /** One represented organisation on the membership page. */
    public record Mine(long organisationId, String name, String status, boolean confirmedThisYear,
                       List<CodeVersion> toAccept, List<org.bashke.identity.AccountSummary> representatives, Long delegateId) {
    }

    private final ApplyForMembership apply;
    private final ManageMembers manage;
    private final ManageCode code;
    private final CodesInForce codes;
    private final Network network;
    private final NetworkMemberRepository members;
    private final MembershipAccess access;
    private final MemberNames names;
    private final Directory directory;
    private final org.bashke.network.governance.ManageGovernance governance;
    private final org.bashke.identity.Accounts accounts;

    MembershipController(ApplyForMembership apply, ManageMembers manage, ManageCode code, CodesInForce codes, Network network,
                         NetworkMemberRepository members, MembershipAccess access, MemberNames names, Directory directory,
                         org.bashke.network.governance.ManageGovernance governance, org.bashke.identity.Accounts accounts) {
        this.governance = governance;
        this.accounts = accounts;
        this.apply = apply;
        this.manage = manage;
        this.code = code;
        this.codes = codes;
        this.network = network;
        this.members = members;
        this.access = access;
        this.names = names;
        this.directory = directory;
    }

    @InitBinder("applyForm")
    void applyFields(WebDataBinder binder) {
        binder.setAllowedFields("organisationId", "regionCode", "areas", "statute", "registration", "acceptsCode", "motivation");
    }

    @GetMapping("/network/membership")
    String mine(Locale locale, Model model) {
        Map<Long, String> orgs = names.organisations(access.representedOrganisations(), locale);
        int year = CodesInForce.today().getYear();
        List<Mine> mine = new ArrayList<>();
        Map<Long, Long> delegates = governance.delegates().stream().collect(java.util.stream.Collectors.toMap(
                org.bashke.network.governance.AssemblyDelegate::getOrganisationId,
                org.bashke.network.governance.AssemblyDelegate::getAccountId, (x, z) -> x));
        orgs.forEach((id, name) -> {
            var member = members.findByOrganisationId(id);
            List<CodeVersion> toAccept = new ArrayList<>();
            if (member.isPresent() && member.get().getStatus() != MemberStatus.LEFT) {
                for (CodeKind k : CodeKind.values()) {
                    codes.inForce(k).filter(v -> !code.acceptedBy(v.getId()).contains(id)).ifPresent(toAccept::add);
                }
            }
            mine.add(new Mine(id, name, member.map(m -> m.getStatus().name()).orElse(null),
                    member.flatMap(m -> manage.confirmation(m.getId(), year)).isPresent(), toAccept,
                    member.filter(m -> m.getStatus() == MemberStatus.ACTIVE).isPresent()
                            ? accounts.holders(org.bashke.shared.security.Role.CSO_REPRESENTATIVE, id) : List.of(),
                    delegates.get(id)));
        });
        model.addAttribute("mine", mine);
        model.addAttribute("applications", apply.mine());
        model.addAttribute("organisations", orgs);
        model.addAttribute("year", year);
        return "network/member/mine";
    }

    @GetMapping("/network/membership/apply")
    String applyForm(@RequestParam(name = "application", required = false) Long application, Locale locale, Model model) {
        MembershipApplyForm form = new MembershipApplyForm();
        Map<Long, String> orgs = names.organisations(access.representedOrganisations(), locale);
        if (orgs.size() == 1) {
            form.setOrganisationId(orgs.keySet().iterator().next());
            directory.organisation(form.getOrganisationId()).ifPresent(o -> form.setRegionCode(o.regionCode()));
        }
        return applyPage(form, application, locale, model);
    }

    @PostMapping("/network/membership/apply")
    String submit(@ModelAttribute("applyForm") MembershipApplyForm form, BindingResult errors,
                  @RequestParam(name = "application", required = false) Long application, Locale locale, Model model,
                  RedirectAttributes redirect) {
        if (form.getOrganisationId() == null || !access.represents(form.getOrganisationId())) {
            errors.rejectValue("organisationId", "network-member.rule.apply.organisation");
            return applyPage(form, application, locale, model);
        }
        Set<MemberArea> areas = EnumSet.noneOf(MemberArea.class);
        form.getAreas().forEach(a -> areas.addAll(MemberArea.parse(a)));
        ApplyForMembership.Details d = new ApplyForMembership.Details(form.getOrganisationId(), form.getRegionCode(), areas,
                form.getStatute(), form.getRegistration(), form.isAcceptsCode(), form.getMotivation());
        try {
            if (application != null) {
                apply.resubmit(application, d);
            } else {
                apply.apply(d);
            }
            redirect.addFlashAttribute("flash", "network-member.apply.flash.submitted");
            return "redirect:/network/membership";
        } catch (FileRejected e) {
            errors.rejectValue(form.getStatute() != null && !form.getStatute().isEmpty() ? "statute" : "registration", e.messageKey());
        } catch (MembershipRuleBroken e) {
            if (e.field() != null) {
                errors.rejectValue(e.field(), e.messageKey());
            } else {
                errors.reject(e.messageKey());
            }
        }
        return applyPage(form, application, locale, model);
    }

    private String applyPage(MembershipApplyForm form, Long application, Locale locale, Model model) {
        model.addAttribute("applyForm", form);
        model.addAttribute("applicationId", application);
        model.addAttribute("organisations", names.organisations(access.representedOrganisations(), locale));
        model.addAttribute("regions", names.regions(locale));
        model.addAttribute("areaChoices", MemberArea.values());
        model.addAttribute("code", codes.inForce(CodeKind.CODE_OF_CONDUCT).orElse(null));
        return "network/member/apply";
    }

    @PostMapping("/network/membership/confirm")
    String confirm(@RequestParam(name = "organisationId", required = false) Long organisationId,
                   @RequestParam(name = "contactEmail", required = false) String email,
                   @RequestParam(name = "contactPhone", required = false) String phone, RedirectAttributes redirect) {
        if (organisationId == null) {
            redirect.addFlashAttribute("problem", "network-member.rule.apply.organisation");
            return "redirect:/network/membership";
        }
        try {
            manage.confirm(organisationId, email, phone);
            redirect.addFlashAttribute("flash", "network-member.confirm.flash");
        } catch (MembershipRuleBroken e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/network/membership";
    }

    /** The member's own representative names who represents the organisation in the Assembly. */
    @PostMapping("/network/membership/delegate")
    String delegate(@RequestParam(name = "organisationId", required = false) Long organisationId,
                    @RequestParam(name = "accountId", required = false) Long accountId, RedirectAttributes redirect) {
        if (organisationId == null || accountId == null) {
            redirect.addFlashAttribute("problem", organisationId == null ? "network-member.rule.apply.organisation"
                    : "network-member.rule.assembly.notRepresentative");
            return "redirect:/network/membership";
        }
        try {
            governance.nameDelegate(organisationId, accountId);
            redirect.addFlashAttribute("flash", "network-member.delegate.flash");
        } catch (MembershipRuleBroken e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/network/membership";
    }

    @PostMapping("/network/code/versions/{id}/accept")
    String accept(@PathVariable("id") long id, @RequestParam(name = "organisationId", required = false) Long organisationId,
                  RedirectAttributes redirect) {
        if (organisationId == null) {
            redirect.addFlashAttribute("problem", "network-member.rule.apply.organisation");
            return "redirect:/network/code/versions/" + id;
        }
        try {
            code.accept(id, organisationId);
            redirect.addFlashAttribute("flash", "network-code.accept.flash");
        } catch (MembershipRuleBroken e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/network/code/versions/" + id;
    }

}
