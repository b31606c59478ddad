package org.bashke.council.body;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.followup.FollowUps;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open data of bodies, terms, seats, people in public roles, meetings and decisions, as rows (the same rows
 * feed JSON and CSV) and as one Popolo document (persons, organizations, memberships, posts, events). Only what the public
 * pages show: names of seat holders and substitutes, never e-mail addresses.
 */
@Service
@Transactional(readOnly = true)
public class CouncilOpenData {

    public static final List<String> DATASETS = List.of("bodies", "terms", "seats", "people", "meetings", "decisions");

    /** Meetings as the public pages show them; minutes count only once published. */
    private static final String MEETINGS = """
            SELECT m.id, m.body_id, b.code AS body_code, m.title_sq, m.title_sr, m.title_en, m.starts_at, m.ends_at,
                   m.place, m.online_url, m.municipality_code, m.status,
                   EXISTS (SELECT 1 FROM council_minutes x WHERE x.meeting_id = m.id AND x.status = 'PUBLISHED') AS minutes_published,
                   (SELECT count(*) FROM council_decision d WHERE d.meeting_id = m.id) AS decisions
              FROM council_meeting m JOIN council_body b ON b.id = m.body_id
             ORDER BY m.starts_at, m.id""";

    private static final String DECISIONS = """
            SELECT d.id, d.body_id, b.code AS body_code, d.meeting_id, d.number, d.text_sq, d.text_sr, d.text_en,
                   d.adopted_on, d.responsible_organisation_id, d.responsible, d.deadline,
                   d.votes_for, d.votes_against, d.votes_abstain
              FROM council_decision d JOIN council_body b ON b.id = d.body_id
             ORDER BY d.adopted_on, d.id""";

    private final BodyRepository bodies;
    private final TermRepository terms;
    private final Accounts accounts;
    private final Directory directory;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final Optional<FollowUps> followUps;

    CouncilOpenData(BodyRepository bodies, TermRepository terms, Accounts accounts, Directory directory, MessageSource messages,
                    JdbcTemplate jdbc, Optional<FollowUps> followUps) {
        this.jdbc = jdbc;
        this.followUps = followUps;
        this.bodies = bodies;
        this.terms = terms;
        this.accounts = accounts;
        this.directory = directory;
        this.messages = messages;
    }

    /** The rows of a dataset, each an ordered map of column → value (columns identical in every row). */
    public List<Map<String, Object>> rows(String dataset) {
        return switch (dataset) {
            case "bodies" -> bodies.findAllByOrderByIdAsc().stream().map(CouncilOpenData::bodyRow).toList();
            case "terms" -> termRows();
            case "seats" -> seatRows(false);
            case "people" -> seatRows(true);
            case "meetings" -> jdbc.query(MEETINGS, (rs, i) -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", rs.getLong("id"));
                r.put("body_id", rs.getLong("body_id"));
                r.put("body_code", rs.getString("body_code"));
                r.put("title_sq", rs.getString("title_sq"));
                r.put("title_sr", rs.getString("title_sr"));
                r.put("title_en", rs.getString("title_en"));
                r.put("starts_at", rs.getObject("starts_at", java.time.OffsetDateTime.class));
                r.put("ends_at", rs.getObject("ends_at", java.time.OffsetDateTime.class));
                r.put("place", rs.getString("place"));
                r.put("online_url", rs.getString("online_url"));
                r.put("municipality_code", rs.getString("municipality_code"));
                r.put("status", rs.getString("status"));
                r.put("minutes_published", rs.getBoolean("minutes_published"));
                r.put("decisions", rs.getLong("decisions"));
                r.put("url", "/council/meetings/" + rs.getLong("id"));
                return r;
            });
            case "decisions" -> decisionRows();
            default -> throw new org.bashke.shared.NotFoundException("dataset", dataset);
        };
    }

    private List<Map<String, Object>> decisionRows() {
        return jdbc.query(DECISIONS, (rs, i) -> {
            long id = rs.getLong("id");
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", id);
            r.put("body_id", rs.getLong("body_id"));
            r.put("body_code", rs.getString("body_code"));
            r.put("meeting_id", rs.getLong("meeting_id"));
            r.put("number", rs.getString("number"));
            r.put("text_sq", rs.getString("text_sq"));
            r.put("text_sr", rs.getString("text_sr"));
            r.put("text_en", rs.getString("text_en"));
            r.put("adopted_on", rs.getObject("adopted_on", java.time.LocalDate.class));
            r.put("responsible_organisation_id", rs.getObject("responsible_organisation_id", Long.class));
            r.put("responsible", rs.getString("responsible"));
            r.put("deadline", rs.getObject("deadline", java.time.LocalDate.class));
            r.put("votes_for", rs.getObject("votes_for", Integer.class));
            r.put("votes_against", rs.getObject("votes_against", Integer.class));
            r.put("votes_abstain", rs.getObject("votes_abstain", Integer.class));
            var followUp = followUps.flatMap(f -> f.followUp("council", "decision", id));
            r.put("follow_up_status", followUp.map(FollowUps.FollowUp::status).orElse(null));
            r.put("follow_up_percent", followUp.map(FollowUps.FollowUp::percent).orElse(null));
            r.put("follow_up_url", followUp.map(FollowUps.FollowUp::url).orElse(null));
            r.put("url", "/council/decisions/" + id);
            return r;
        });
    }

    private static Map<String, Object> bodyRow(Body b) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", b.getId());
        r.put("code", b.getCode());
        r.put("name_sq", b.getName().get(Language.SQ));
        r.put("name_sr", b.getName().get(Language.SR));
        r.put("name_en", b.getName().get(Language.EN));
        r.put("kind", b.getKind().name());
        r.put("parent_id", b.getParentId());
        r.put("objective", b.getObjective());
        r.put("quorum_rule", b.getQuorumRule().name());
        r.put("url", "/council/bodies/" + b.getId());
        return r;
    }

    private List<Map<String, Object>> termRows() {
        Map<Long, String> codes = bodies.findAllByOrderByIdAsc().stream().collect(Collectors.toMap(Body::getId, Body::getCode));
        return terms.findAllByOrderByBodyIdAscStartsOnAsc().stream().map(t -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", t.getId());
            r.put("body_id", t.getBodyId());
            r.put("body_code", codes.get(t.getBodyId()));
            r.put("label", t.getLabel());
            r.put("starts_on", t.getStartsOn());
            r.put("ends_on", t.getEndsOn());
            r.put("government_seats", t.getGovernmentSeats());
            r.put("civil_society_seats", t.getCivilSocietySeats());
            return r;
        }).toList();
    }

    /**
     * Seats, or (for people) one row per public role a person holds or held: a seat, or standing in as a
     * seat's substitute.
     */
    private List<Map<String, Object>> seatRows(boolean people) {
        Map<Long, Body> byId = bodies.findAllByOrderByIdAsc().stream().collect(Collectors.toMap(Body::getId, b -> b));
        List<Seat> seats = terms.findAllByOrderByBodyIdAscStartsOnAsc().stream().flatMap(t -> t.getSeats().stream()).toList();
        Lookup names = lookup(seats);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Seat s : seats) {
            Body body = byId.get(s.getTerm().getBodyId());
            if (people) {
                rows.add(personRow(s, body, s.getAccountId(), "member", names));
                if (s.getSubstituteAccountId() != null) {
                    rows.add(personRow(s, body, s.getSubstituteAccountId(), "substitute", names));
                }
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", s.getId());
            r.put("term_id", s.getTerm().getId());
            r.put("body_id", body.getId());
            r.put("body_code", body.getCode());
            r.put("side", s.getSide().name());
            r.put("person_id", s.getAccountId());
            r.put("person_name", names.person(s.getAccountId()));
            r.put("organisation_id", s.getOrganisationId());
            r.put("organisation_name", names.organisation(s.getOrganisationId()));
            r.put("substitute_id", s.getSubstituteAccountId());
            r.put("substitute_name", names.person(s.getSubstituteAccountId()));
            r.put("office", s.getOffice() == null ? null : s.getOffice().name());
            r.put("since", s.getSince());
            r.put("vacated_on", s.getVacatedOn());
            r.put("vacancy_reason", s.getVacancyReason() == null ? null : s.getVacancyReason().name());
            rows.add(r);
        }
        if (people) {
            rows.sort(java.util.Comparator.comparing(r -> String.valueOf(r.get("name"))));
        }
        return rows;
    }

    private static Map<String, Object> personRow(Seat s, Body body, long personId, String role, Lookup names) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("person_id", personId);
        r.put("name", names.person(personId));
        r.put("profile_url", names.profile(personId));
        r.put("role", role);
        r.put("body_id", body.getId());
        r.put("body_code", body.getCode());
        r.put("side", s.getSide().name());
        r.put("organisation_name", names.organisation(s.getOrganisationId()));
        r.put("office", "member".equals(role) && s.getOffice() != null ? s.getOffice().name() : null);
        r.put("since", s.getSince());
        r.put("until", s.getVacatedOn() == null ? null : s.getVacatedOn().minusDays(1));
        return r;
    }

    /** The Popolo document (https://www.popoloproject.com): bodies and the organisations seats are held for. */
    public Map<String, Object> popolo(Locale locale) {
        List<Body> all = bodies.findAllByOrderByIdAsc();
        Map<Long, Body> byId = all.stream().collect(Collectors.toMap(Body::getId, b -> b));
        List<Seat> seats = terms.findAllByOrderByBodyIdAscStartsOnAsc().stream().flatMap(t -> t.getSeats().stream()).toList();
        Lookup names = lookup(seats);

        Set<Long> personIds = new java.util.TreeSet<>();
        seats.forEach(s -> {
            personIds.add(s.getAccountId());
            if (s.getSubstituteAccountId() != null) {
                personIds.add(s.getSubstituteAccountId());
            }
        });
        List<Map<String, Object>> persons = personIds.stream().map(id -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", "person/" + id);
            p.put("name", names.person(id));
            if (names.profile(id) != null) {
                p.put("links", List.of(Map.of("url", names.profile(id), "note", "profile")));
            }
            return p;
        }).toList();

        List<Map<String, Object>> organizations = new ArrayList<>();
        for (Body b : all) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", "body/" + b.getId());
            o.put("name", b.getName().display(locale));
            o.put("other_names", otherNames(b.getName()));
            o.put("identifiers", List.of(Map.of("scheme", "bashke-body-code", "identifier", b.getCode())));
            o.put("classification", b.getKind().name().toLowerCase(Locale.ROOT));
            if (b.getParentId() != null) {
                o.put("parent_id", "body/" + b.getParentId());
            }
            o.put("links", List.of(Map.of("url", "/council/bodies/" + b.getId(), "note", "page")));
            organizations.add(o);
        }
        names.organisations().values().stream().sorted(java.util.Comparator.comparing(OrganisationSummary::id)).forEach(org -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", "organisation/" + org.id());
            o.put("name", org.name().display(locale));
            o.put("other_names", otherNames(org.name()));
            o.put("classification", org.type().name().toLowerCase(Locale.ROOT));
            o.put("links", List.of(Map.of("url", "/organisations/" + org.id(), "note", "page")));
            organizations.add(o);
        });

        Map<String, Map<String, Object>> posts = new LinkedHashMap<>();
        List<Map<String, Object>> memberships = new ArrayList<>();
        for (Seat s : seats) {
            Body b = byId.get(s.getTerm().getBodyId());
            Map<String, Object> m = membership(s, "seat/" + s.getId(), s.getAccountId(), b,
                    messages.getMessage("council.side." + s.getSide().name(), null, locale));
            if (s.getOffice() != null) {
                String postId = "post/" + b.getId() + "/" + s.getOffice().name().toLowerCase(Locale.ROOT);
                String label = messages.getMessage("council.office." + s.getOffice().name(), null, locale);
                posts.computeIfAbsent(postId, k -> {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("id", postId);
                    p.put("organization_id", "body/" + b.getId());
                    p.put("label", label);
                    p.put("role", label);
                    return p;
                });
                m.put("post_id", postId);
                m.put("role", label);
            }
            memberships.add(m);
            if (s.getSubstituteAccountId() != null) {
                memberships.add(membership(s, "seat/" + s.getId() + "/substitute", s.getSubstituteAccountId(), b,
                        messages.getMessage("council.seat.substitute", null, locale)));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("persons", persons);
        doc.put("organizations", organizations);
        doc.put("memberships", memberships);
        doc.put("posts", new ArrayList<>(posts.values()));
        doc.put("events", events(locale));
        return doc;
    }

    /** Popolo events: every meeting of every body, with its place and status. */
    private List<Map<String, Object>> events(Locale locale) {
        Language language = Language.of(locale);
        return jdbc.query(MEETINGS, (rs, i) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", "meeting/" + rs.getLong("id"));
            String title = rs.getString("title_" + language.name().toLowerCase(Locale.ROOT));
            e.put("name", title != null ? title : rs.getString("title_sq"));
            e.put("classification", "meeting");
            e.put("organization_id", "body/" + rs.getLong("body_id"));
            e.put("start_date", rs.getObject("starts_at", java.time.OffsetDateTime.class).toString());
            e.put("end_date", rs.getObject("ends_at", java.time.OffsetDateTime.class).toString());
            if (rs.getString("place") != null) {
                e.put("location", rs.getString("place"));
            }
            e.put("status", rs.getString("status").toLowerCase(Locale.ROOT));
            e.put("links", List.of(Map.of("url", "/council/meetings/" + rs.getLong("id"), "note", "page")));
            return e;
        });
    }

    private static Map<String, Object> membership(Seat s, String id, long personId, Body b, String role) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("person_id", "person/" + personId);
        m.put("organization_id", "body/" + b.getId());
        if (s.getOrganisationId() != null) {
            m.put("on_behalf_of_id", "organisation/" + s.getOrganisationId());
        }
        m.put("role", role);
        m.put("start_date", s.getSince().toString());
        if (s.getVacatedOn() != null) {
            m.put("end_date", s.getVacatedOn().minusDays(1).toString());
        }
        return m;
    }

    private static List<Map<String, String>> otherNames(LocalizedText name) {
        List<Map<String, String>> other = new ArrayList<>();
        for (Language l : Language.values()) {
            if (name.get(l) != null) {
                other.add(Map.of("name", name.get(l), "note", l.name().toLowerCase(Locale.ROOT)));
            }
        }
        return other;
    }

    private Lookup lookup(List<Seat> seats) {
        Set<Long> people = new HashSet<>();
        Set<Long> orgs = new HashSet<>();
        for (Seat s : seats) {
            people.add(s.getAccountId());
            if (s.getSubstituteAccountId() != null) {
                people.add(s.getSubstituteAccountId());
            }
            if (s.getOrganisationId() != null) {
                orgs.add(s.getOrganisationId());
            }
        }
        return new Lookup(accounts.accounts(people).stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName)),
                people.isEmpty() ? Set.of() : accounts.withPublicProfile(people),
                directory.organisations(orgs).stream().collect(Collectors.toMap(OrganisationSummary::id, o -> o)));
    }

    private record Lookup(Map<Long, String> people, Set<Long> profiles, Map<Long, OrganisationSummary> organisations) {
        String person(Long id) {
            return id == null ? null : people.get(id);
        }

        String profile(long id) {
            return profiles.contains(id) ? "/people/" + id : null;
        }

        String organisation(Long id) {
            OrganisationSummary o = id == null ? null : organisations.get(id);
            return o == null ? null : o.name().get(Language.SQ) != null ? o.name().get(Language.SQ) : o.name().display(Locale.ENGLISH);
        }
    }

}
