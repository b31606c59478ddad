package org.bashke.portal.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.directory.OrganisationSummary;
import org.bashke.portal.content.Article;
import org.bashke.portal.content.Articles;
import org.bashke.portal.events.PortalEvent;
import org.bashke.portal.events.PortalEvents;
import org.bashke.portal.publications.Publication;
import org.bashke.portal.publications.Publications;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's public datasets (news, events, publications) as flat rows: what is public on the site
 * and nothing more (drafts, registrations and who edited what stay out).
 */
@Component
public class PortalOpenData {

    public static final int MAX_PAGE_SIZE = 100;
    /** Every published row goes into a CSV, up to this many (far above today's numbers). */
    static final int CSV_LIMIT = 50_000;

    public static final Dataset NEWS = new Dataset("news", List.of("id", "url", "hub", "topics", "published_at",
            "title_sq", "title_sr", "title_en", "summary_sq", "summary_sr", "summary_en"));
    public static final Dataset EVENTS = new Dataset("events", List.of("id", "url", "hub", "starts_at", "ends_at", "place",
            "online_url", "capacity", "title_sq", "title_sr", "title_en", "description_sq", "description_sr", "description_en"));
    public static final Dataset PUBLICATIONS = new Dataset("publications", List.of("id", "url", "type", "issued_on", "hub",
            "topics", "author_ids", "authors", "published_at", "title_sq", "title_sr", "title_en", "summary_sq", "summary_sr",
            "summary_en", "file_sq", "file_sr", "file_en"));
    public static final List<Dataset> ALL = List.of(NEWS, EVENTS, PUBLICATIONS);

    private final Articles articles;
    private final PortalEvents events;
    private final Publications publications;
    private final Directory directory;
    private final Clock clock;
    private final String baseUrl;

    PortalOpenData(Articles articles, PortalEvents events, Publications publications, Directory directory, Optional<Clock> clock,
             @Value("${bashke.base-url}") String baseUrl) {
        this.articles = articles;
        this.events = events;
        this.publications = publications;
        this.directory = directory;
        this.clock = clock.orElse(Clock.systemUTC());
        this.baseUrl = baseUrl;
    }

    public Optional<Dataset> dataset(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** One page of rows and the total. */
    public record Rows(List<Map<String, Object>> items, long total, int page, int size) {
    }

    @Transactional(readOnly = true)
    public Rows news(String hubCode, int page, int size) {
        Long hubId = hubId(hubCode);
        Page<Article> found = articles.publishedNews(hubId, null, PageRequest.of(page, size));
        Map<Long, String> hubs = hubCodes();
        return new Rows(found.getContent().stream().map(a -> newsRow(a, hubs)).toList(), found.getTotalElements(), page, size);
    }

    /** Published events, soonest first; {@code upcoming} keeps those not yet over. */
    @Transactional(readOnly = true)
    public Rows events(String hubCode, boolean upcoming, int page, int size) {
        Long hubId = hubId(hubCode);
        Instant now = clock.instant();
        List<PortalEvent> all = events.findByPublishedTrueOrderByStartsAt().stream()
                .filter(e -> hubId == null || hubId.equals(e.getHubId()))
                .filter(e -> !upcoming || !e.isPast(now)).toList();
        Map<Long, String> hubs = hubCodes();
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Rows(all.subList(from, to).stream().map(e -> eventRow(e, hubs)).toList(), all.size(), page, size);
    }

    @Transactional(readOnly = true)
    public Rows publications(String type, Integer year, Long organisationId, String hubCode, String language, int page, int size) {
        Page<Publication> found = publications.published(type, year, hubId(hubCode), organisationId, language,
                PageRequest.of(page, size));
        Map<Long, String> hubs = hubCodes();
        Map<Long, OrganisationSummary> authors = authors(found.getContent());
        return new Rows(found.getContent().stream().map(p -> publicationRow(p, hubs, authors)).toList(),
                found.getTotalElements(), page, size);
    }

    /** The whole dataset as CSV (UTF-8, header row, RFC 4180 quoting). */
    @Transactional(readOnly = true)
    public String csv(Dataset dataset) {
        List<Map<String, Object>> rows = switch (dataset.name()) {
            case "news" -> news(null, 0, CSV_LIMIT).items();
            case "events" -> events(null, false, 0, CSV_LIMIT).items();
            case "publications" -> publications(null, null, null, null, null, 0, CSV_LIMIT).items();
            default -> throw new IllegalArgumentException(dataset.name());
        };
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(dataset.columns().toArray(String[]::new)).get())) {
            for (Map<String, Object> row : rows) {
                List<Object> values = new ArrayList<>();
                for (String column : dataset.columns()) {
                    Object v = row.get(column);
                    values.add(v instanceof Collection<?> c ? c.stream().map(String::valueOf).collect(Collectors.joining(";")) : v);
                }
                csv.printRecord(values);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private Map<String, Object> newsRow(Article a, Map<Long, String> hubs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("url", baseUrl + "/news/" + a.getId());
        m.put("hub", a.getHubId() == null ? null : hubs.get(a.getHubId()));
        m.put("topics", a.getTopics().stream().map(Enum::name).sorted().toList());
        m.put("published_at", instant(a.getPublishedAt()));
        texts(m, "title", a.getTitle());
        texts(m, "summary", a.getSummary());
        return m;
    }

    private Map<String, Object> eventRow(PortalEvent e, Map<Long, String> hubs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.getId());
        m.put("url", baseUrl + "/events/" + e.getId());
        m.put("hub", e.getHubId() == null ? null : hubs.get(e.getHubId()));
        m.put("starts_at", instant(e.getStartsAt()));
        m.put("ends_at", instant(e.getEndsAt()));
        m.put("place", e.getPlace());
        m.put("online_url", e.getOnlineUrl());
        m.put("capacity", e.getCapacity());
        texts(m, "title", e.getTitle());
        texts(m, "description", e.getDescription());
        return m;
    }

    private Map<String, Object> publicationRow(Publication p, Map<Long, String> hubs, Map<Long, OrganisationSummary> authors) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.getId());
        m.put("url", baseUrl + "/publications/" + p.getId());
        m.put("type", p.getType().name());
        m.put("issued_on", p.getIssuedOn().toString());
        m.put("hub", p.getHubId() == null ? null : hubs.get(p.getHubId()));
        m.put("topics", p.getTopics().stream().map(Enum::name).sorted().toList());
        List<Long> ids = p.getAuthorIds().stream().sorted().toList();
        m.put("author_ids", ids);
        m.put("authors", ids.stream().map(authors::get).filter(java.util.Objects::nonNull)
                .map(o -> o.name().display(java.util.Locale.forLanguageTag("sq"))).toList());
        m.put("published_at", instant(p.getPublishedAt()));
        texts(m, "title", p.getTitle());
        texts(m, "summary", p.getSummary());
        for (Language l : Language.values()) {
            m.put("file_" + l.tag(), p.getFiles().containsKey(l.tag())
                    ? baseUrl + "/publications/" + p.getId() + "/files/" + l.tag() : null);
        }
        return m;
    }

    private Map<Long, OrganisationSummary> authors(List<Publication> list) {
        var ids = list.stream().flatMap(p -> p.getAuthorIds().stream()).distinct().toList();
        Map<Long, OrganisationSummary> m = new java.util.HashMap<>();
        directory.organisations(ids).forEach(o -> m.put(o.id(), o));
        return m;
    }

    private static void texts(Map<String, Object> m, String field, LocalizedText text) {
        for (Language l : Language.values()) {
            m.put(field + "_" + l.tag(), text == null ? null : text.get(l));
        }
    }

    private static String instant(Instant i) {
        return i == null ? null : DateTimeFormatter.ISO_INSTANT.format(i);
    }

    private Long hubId(String code) {
        return code == null || code.isBlank() ? null : directory.hub(code.strip()).map(HubSummary::id).orElse(-1L);
    }

    private Map<Long, String> hubCodes() {
        Map<Long, String> m = new java.util.HashMap<>();
        directory.hubs().forEach(h -> m.put(h.id(), h.code()));
        return m;
    }
}
