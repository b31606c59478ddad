package org.bashke.council.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.council.BodyKind;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public and admin pages of bodies show, with people and organisations named in the reader's language. */
@Service
@Transactional(readOnly = true)
public class CouncilViews {

    private final BodyRepository bodies;
    private final TermRepository terms;
    private final DeclarationRepository declarations;
    private final TaskRepository tasks;
    private final Accounts accounts;
    private final Directory directory;

    CouncilViews(BodyRepository bodies, TermRepository terms, DeclarationRepository declarations, TaskRepository tasks,
                 Accounts accounts, Directory directory) {
        this.bodies = bodies;
        this.terms = terms;
        this.declarations = declarations;
        this.tasks = tasks;
        this.accounts = accounts;
        this.directory = directory;
    }

    public record BodyLink(long id, String code, String name, BodyKind kind, Integer objective, String url) {
    }

    public record SeatView(long id, long termId, Side side, long personId, String personName, String personUrl,
                           Long organisationId, String organisationName, String organisationUrl,
                           Long substituteId, String substituteName, String substituteUrl, Office office,
                           LocalDate since, LocalDate vacatedOn, VacancyReason vacancyReason, String vacancyNote) {
    }

    public record TermView(long id, String label, LocalDate startsOn, LocalDate endsOn, int governmentSeats,
                           int civilSocietySeats, long governmentHeld, long civilSocietyHeld, boolean inForce) {
    }

    public record DeclarationView(long id, long termId, String termLabel, String personName, String personUrl, Long agendaItemId,
                                  boolean nothingToDeclare, String interests, LocalDate filedOn) {
    }

    public record BodyPage(Body body, String name, String mandate, BodyLink parent, List<BodyLink> children,
                           List<BodyLink> related, TermView term, List<SeatView> government, List<SeatView> civilSociety,
                           List<SeatView> offices, List<SeatView> history, List<TermView> terms,
                           List<DeclarationView> declarations, List<Task> workPlan, int year,
                           Map<Long, Progress> teamProgress) {
    }

    /** How far a working team's work plan of the year has got: the Council follows its teams by this. */
    public record Progress(long done, long total, long overdue) {
    }

    public List<BodyLink> bodyLinks(Locale locale) {
        return bodies.findAllByOrderByIdAsc().stream().map(b -> link(b, locale)).toList();
    }

    public Optional<Body> council() {
        return bodies.findAllByOrderByIdAsc().stream().filter(b -> b.getKind() == BodyKind.COUNCIL)
                .min(Comparator.comparing(b -> !"KQ".equals(b.getCode())));
    }

    public BodyPage page(long bodyId, int year, Locale locale) {
        Body body = bodies.findById(bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
        LocalDate today = LocalDate.now(ManageBodies.KOSOVO);
        List<Term> all = terms.findByBodyIdOrderByStartsOnDesc(bodyId);
        Optional<Term> current = all.stream().filter(t -> t.inForceOn(today)).findFirst()
                .or(() -> all.stream().filter(t -> t.getStartsOn().isAfter(today)).reduce((a, b) -> b))
                .or(() -> all.stream().findFirst());
        List<Seat> seats = all.stream().flatMap(t -> t.getSeats().stream()).toList();
        Names names = names(seats, locale);
        List<SeatView> held = current.map(t -> t.getSeats().stream().filter(s -> !s.isVacated()).map(names::seat).toList())
                .orElse(List.of());
        BodyLink parent = body.getParentId() == null ? null : bodies.findById(body.getParentId()).map(b -> link(b, locale)).orElse(null);
        List<BodyLink> children = bodies.findByParentIdOrderByObjectiveAscIdAsc(bodyId).stream().map(b -> link(b, locale)).toList();
        List<BodyLink> related = body.getKind() == BodyKind.COUNCIL ? bodies.findAllByOrderByIdAsc().stream()
                .filter(b -> b.getKind() == BodyKind.TASK_FORCE).map(b -> link(b, locale)).toList() : List.of();
        Map<Long, String> termLabels = all.stream().collect(Collectors.toMap(Term::getId, Term::getLabel));
        List<Declaration> filed = termLabels.isEmpty() ? List.of() : declarations.findByTermIdInOrderByFiledAtDesc(termLabels.keySet());
        Names declarants = names(filed.stream().map(Declaration::getAccountId).toList(), List.of(), locale);
        List<DeclarationView> declared = filed.stream().map(d -> new DeclarationView(d.getId(), d.getTermId(), termLabels.get(d.getTermId()),
                declarants.person(d.getAccountId()), declarants.personUrl(d.getAccountId()), d.getAgendaItemId(),
                d.isNothingToDeclare(), d.getInterests(), LocalDate.ofInstant(d.getFiledAt(), ManageBodies.KOSOVO))).toList();
        return new BodyPage(body, body.getName().display(locale), body.getMandate().display(locale), parent, children, related,
                current.map(t -> termView(t, today)).orElse(null),
                held.stream().filter(s -> s.side() == Side.GOVERNMENT).toList(),
                held.stream().filter(s -> s.side() == Side.CIVIL_SOCIETY).toList(),
                held.stream().filter(s -> s.office() != null).sorted(Comparator.comparing(SeatView::office)).toList(),
                seats.stream().filter(Seat::isVacated).sorted(Comparator.comparing(Seat::getVacatedOn).reversed()).map(names::seat).toList(),
                all.stream().map(t -> termView(t, today)).toList(), declared,
                tasks.findByBodyIdAndYearOrderByDeadlineAscIdAsc(bodyId, year), year,
                children.stream().collect(Collectors.toMap(BodyLink::id, c -> progress(c.id(), year, today))));
    }

    private Progress progress(long bodyId, int year, LocalDate today) {
        List<Task> plan = tasks.findByBodyIdAndYearOrderByDeadlineAscIdAsc(bodyId, year);
        return new Progress(plan.stream().filter(t -> t.getStatus() == TaskStatus.DONE).count(), plan.size(),
                plan.stream().filter(t -> t.overdue(today)).count());
    }

    /** A term with all its seats (held and vacated), for the secretariat. */
    public List<SeatView> seats(Term term, Locale locale) {
        Names names = names(term.getSeats(), locale);
        return term.getSeats().stream().sorted(Comparator.comparing(Seat::isVacated).thenComparing(Seat::getSide)
                .thenComparing(Seat::getSince)).map(names::seat).toList();
    }

    public TermView termView(Term t, LocalDate today) {
        LocalDate day = t.inForceOn(today) ? today : t.getStartsOn().isAfter(today) ? t.getStartsOn()
                : t.getEndsOn() == null ? today : t.getEndsOn();
        List<Seat> held = t.heldOn(day);
        return new TermView(t.getId(), t.getLabel(), t.getStartsOn(), t.getEndsOn(), t.getGovernmentSeats(), t.getCivilSocietySeats(),
                held.stream().filter(s -> s.getSide() == Side.GOVERNMENT).count(),
                held.stream().filter(s -> s.getSide() == Side.CIVIL_SOCIETY).count(), t.inForceOn(today));
    }

    BodyLink link(Body b, Locale locale) {
        return new BodyLink(b.getId(), b.getCode(), b.getName().display(locale), b.getKind(), b.getObjective(), "/council/bodies/" + b.getId());
    }

    Names names(List<Seat> seats, Locale locale) {
        List<Long> people = new ArrayList<>();
        seats.forEach(s -> {
            people.add(s.getAccountId());
            if (s.getSubstituteAccountId() != null) {
                people.add(s.getSubstituteAccountId());
            }
        });
        return names(people, seats.stream().map(Seat::getOrganisationId).filter(java.util.Objects::nonNull).toList(), locale);
    }

    Names names(Collection<Long> people, Collection<Long> organisations, Locale locale) {
        Set<Long> ids = new HashSet<>(people);
        Map<Long, String> personNames = accounts.accounts(ids).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName, (a, b) -> a));
        Set<Long> publicProfiles = accounts.withPublicProfile(ids);
        Map<Long, OrganisationSummary> orgs = directory.organisations(new HashSet<>(organisations)).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        return new Names(personNames, publicProfiles, orgs, locale);
    }

    /** Names looked up once per page; a person whose account is gone shows as "—" rather than failing. */
    record Names(Map<Long, String> people, Set<Long> publicProfiles, Map<Long, OrganisationSummary> organisations, Locale locale) {

        String person(Long id) {
            return id == null ? null : people.getOrDefault(id, "—");
        }

        String personUrl(Long id) {
            return id != null && publicProfiles.contains(id) ? "/people/" + id : null;
        }

        SeatView seat(Seat s) {
            OrganisationSummary o = s.getOrganisationId() == null ? null : organisations.get(s.getOrganisationId());
            return new SeatView(s.getId(), s.getTerm().getId(), s.getSide(), s.getAccountId(), person(s.getAccountId()),
                    personUrl(s.getAccountId()), s.getOrganisationId(), o == null ? null : o.name().display(locale),
                    o == null ? null : "/organisations/" + o.id(), s.getSubstituteAccountId(), person(s.getSubstituteAccountId()),
                    personUrl(s.getSubstituteAccountId()), s.getOffice(), s.getSince(), s.getVacatedOn(), s.getVacancyReason(),
                    s.getVacancyNote());
        }
    }
}
