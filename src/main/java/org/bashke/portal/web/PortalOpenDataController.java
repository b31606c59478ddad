package org.bashke.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bashke.portal.content.HubLookup;
import org.bashke.portal.opendata.PortalOpenData;
import org.bashke.portal.publications.PublicationType;
import org.bashke.portal.search.PortalSearch;
import org.bashke.portal.search.SearchQuery;
import org.bashke.shared.NotFoundException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * Open data: the datasets page with its dictionary, CSV downloads, and the JSON API described by
 * the hand-written OpenAPI document (src/main/resources/portal/openapi.json; a test calls every path
 * it lists). Read-only and public; answers carry ETags (PortalCaching).
 */
@Controller
class PortalOpenDataController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PortalOpenData openData;
    private final PortalSearch search;
    private final HubLookup hubs;
    private final List<org.bashke.portal.OpenDataset> others;

    PortalOpenDataController(PortalOpenData openData, PortalSearch search, HubLookup hubs, List<org.bashke.portal.OpenDataset> others) {
        this.openData = openData;
        this.search = search;
        this.hubs = hubs;
        this.others = others;
    }

    @GetMapping("/open-data")
    String page(Model model) {
        model.addAttribute("datasets", PortalOpenData.ALL);
        model.addAttribute("others", others);
        return "portal/open-data";
    }

    @GetMapping("/open-data/{dataset:[a-z]+}.csv")
    ResponseEntity<String> csv(@PathVariable String dataset) {
        var d = openData.dataset(dataset).orElseThrow(() -> new NotFoundException("dataset", dataset));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bashke-" + d.name() + "-" + LocalDate.now().format(DateTimeFormatter.ISO_LOCAL_DATE) + ".csv")
                        .build().toString())
                .body(openData.csv(d));
    }

    @GetMapping(value = "/api/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> openApi() throws IOException {
        try (InputStream in = new ClassPathResource("portal/openapi.json").getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .cacheControl(CacheControl.noCache()).body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @GetMapping(value = "/api/news.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> news(@RequestParam(required = false) String hub, @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        return body(openData.news(hub, page(page), size(size)));
    }

    @GetMapping(value = "/api/events.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> events(@RequestParam(required = false) String hub, @RequestParam(defaultValue = "false") boolean upcoming,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return body(openData.events(hub, upcoming, page(page), size(size)));
    }

    @GetMapping(value = "/api/publications.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> publications(@RequestParam(required = false) String type, @RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) Long organisation, @RequestParam(required = false) String hub,
                                     @RequestParam(required = false) String lang, @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        PublicationType t = PublicationType.parse(type);
        String language = lang != null && PublicationController.LANGUAGES.contains(lang) ? lang : null;
        return body(openData.publications(t == null ? null : t.name(), year, organisation, hub, language, page(page), size(size)));
    }

    @GetMapping(value = "/api/search.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                               @RequestParam(required = false) String hub, @RequestParam(required = false) String region,
                               @RequestParam(required = false) String lang,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                               Locale locale) {
        String query = q == null ? "" : q.strip();
        String hubCode = hubs.resolve(hub, region).map(h -> h.code()).orElse(null);
        String language = lang != null && PublicationController.LANGUAGES.contains(lang) ? lang : null;
        var filter = new SearchQuery(query.length() > 200 ? query.substring(0, 200) : query, type, hubCode, language, from, to);
        int p = Math.min(page(page), 500);
        var results = search.searchCounted(filter, locale, p, size(size));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", p);
        body.put("size", results.size());
        body.put("total", results.total());
        // the total stops counting at the cap: clients are told it is a lower bound, as readers are told "more than"
        body.put("capped", results.capped());
        body.put("approximate", results.approximate());
        body.put("counts_by_type", results.countsByType());
        body.put("items", results.hits().stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("module", h.module());
            m.put("type", h.type());
            m.put("id", h.id());
            m.put("language", h.language());
            m.put("title", plain(h.titleHtml()));
            m.put("snippet", plain(h.snippetHtml()));
            m.put("url", h.url());
            m.put("hub", h.hubCode());
            m.put("published_at", h.publishedAt() == null ? null : h.publishedAt().toString());
            return m;
        }).toList());
        return body;
    }

    private static Map<String, Object> body(PortalOpenData.Rows rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", rows.page());
        body.put("size", rows.size());
        body.put("total", rows.total());
        body.put("items", rows.items());
        return body;
    }

    /** The highlighted HTML of the search page, back to plain text for API clients. */
    private static String plain(String html) {
        return HtmlUtils.htmlUnescape(html.replace("<mark>", "").replace("</mark>", ""));
    }

    private static int page(int page) {
        return Math.max(0, Math.min(page, 100_000));
    }

    private static int size(int size) {
        return Math.max(1, Math.min(size, PortalOpenData.MAX_PAGE_SIZE));
    }

}
