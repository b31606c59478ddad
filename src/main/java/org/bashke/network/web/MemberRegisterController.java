package org.bashke.network.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.network.MemberStatus;
import org.bashke.network.code.CodeKind;
import org.bashke.network.code.CodeVersion;
import org.bashke.network.code.CodesInForce;
import org.bashke.network.code.ManageCode;
import org.bashke.network.member.MemberArea;
import org.bashke.network.member.MembershipAccess;
import org.bashke.network.member.NetworkMember;
import org.bashke.network.member.NetworkMemberRepository;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public member register and the adopted code of conduct and rules of work. */
@Controller
class MemberRegisterController {

    /** A row of the public register. */
    public record Row(String name, String region, Set<MemberArea> areas, java.time.LocalDate memberSince) {
    }

    private final NetworkMemberRepository members;
    private final MemberNames names;
    private final ManageCode code;
    private final CodesInForce codes;
    private final MembershipAccess access;
    private final org.bashke.network.governance.ManageGovernance governance;

    MemberRegisterController(NetworkMemberRepository members, MemberNames names, ManageCode code, CodesInForce codes,
                             MembershipAccess access, org.bashke.network.governance.ManageGovernance governance) {
        this.governance = governance;
        this.members = members;
        this.names = names;
        this.code = code;
        this.codes = codes;
        this.access = access;
    }

    @GetMapping("/network/members")
    String register(@RequestParam(name = "region", required = false) String region, Locale locale, Model model) {
        Map<String, String> regions = names.regions(locale);
        String chosen = region != null && regions.containsKey(region) ? region : null;
        List<NetworkMember> active = members.findByStatusOrderByMemberSinceAscIdAsc(MemberStatus.ACTIVE).stream()
                .filter(m -> chosen == null || chosen.equals(m.getRegionCode())).toList();
        Map<Long, String> orgs = names.organisations(active.stream().map(NetworkMember::getOrganisationId).toList(), locale);
        List<Row> rows = active.stream().map(m -> new Row(orgs.getOrDefault(m.getOrganisationId(), ""),
                        regions.getOrDefault(m.getRegionCode(), ""), m.getAreas(), m.getMemberSince()))
                .sorted(Comparator.comparing(Row::name, java.text.Collator.getInstance(locale))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("regions", regions);
        model.addAttribute("region", chosen);
        return "network/member/register";
    }

    /** A working group on the public page: objective, member organisations' names, the elected coordinator. */
    public record GroupView(int objective, List<String> members, String coordinatorName, String coordinatorOrganisation,
                            java.time.LocalDate electedOn) {
    }

    @GetMapping("/network/working-groups")
    String workingGroups(Locale locale, Model model) {
        List<GroupView> views = new java.util.ArrayList<>();
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        for (org.bashke.network.governance.WorkingGroup g : governance.groups()) {
            List<Long> ids = new java.util.ArrayList<>(governance.groupMembers(g.getId()).stream()
                    .map(org.bashke.network.governance.WorkingGroupMember::getOrganisationId).toList());
            if (g.getCoordinatorOrganisationId() != null) {
                ids.add(g.getCoordinatorOrganisationId());
            }
            Map<Long, String> orgs = names.organisations(ids, locale);
            List<String> memberNames = governance.groupMembers(g.getId()).stream()
                    .map(m -> orgs.getOrDefault(m.getOrganisationId(), "")).filter(n -> !n.isBlank())
                    .sorted(collator).toList();
            views.add(new GroupView(g.getObjective(), memberNames, g.getCoordinatorName(),
                    g.getCoordinatorOrganisationId() == null ? null : orgs.get(g.getCoordinatorOrganisationId()),
                    g.getCoordinatorElectedOn()));
        }
        model.addAttribute("groups", views);
        return "network/member/working-groups";
    }

    @GetMapping("/network/code")
    String codes(Model model) {
        model.addAttribute("conduct", codes.inForce(CodeKind.CODE_OF_CONDUCT).orElse(null));
        model.addAttribute("rules", codes.inForce(CodeKind.RULES_OF_WORK).orElse(null));
        model.addAttribute("conductVersions", adopted(CodeKind.CODE_OF_CONDUCT));
        model.addAttribute("rulesVersions", adopted(CodeKind.RULES_OF_WORK));
        return "network/code/index";
    }

    @GetMapping("/network/code/versions/{id}")
    String version(@PathVariable("id") long id, Locale locale, Model model) {
        CodeVersion v = code.find(id);
        if (!v.isAdopted() && !access.isSecretariat()) {
            throw new NotFoundException("network-code-version", id);
        }
        Set<Long> accepted = code.acceptedBy(id);
        Map<Long, String> mine = names.organisations(access.representedOrganisations().stream()
                .filter(o -> members.findByOrganisationId(o).filter(m -> m.getStatus() != MemberStatus.LEFT).isPresent())
                .filter(o -> !accepted.contains(o)).collect(Collectors.toList()), locale);
        model.addAttribute("version", v);
        model.addAttribute("paragraphs", java.util.Arrays.stream(v.getText().display(locale).split("\\R\\s*\\R|\\R"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList());
        model.addAttribute("inForce", codes.inForce(v.getKind()).map(x -> x.getId().equals(v.getId())).orElse(false));
        model.addAttribute("toAccept", v.isAdopted() ? mine : Map.of());
        model.addAttribute("authoritative", v.authoritativeLanguage());
        return "network/code/version";
    }

    private List<CodeVersion> adopted(CodeKind kind) {
        return code.versions(kind).stream().filter(CodeVersion::isAdopted).toList();
    }
}
