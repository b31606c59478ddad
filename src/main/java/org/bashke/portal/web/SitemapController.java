package org.bashke.portal.web;

import java.io.StringWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bashke.directory.HubSummary;
import org.bashke.portal.SitemapSource;
import org.bashke.portal.content.Article;
import org.bashke.portal.content.ArticleStatus;
import org.bashke.portal.content.Articles;
import org.bashke.portal.content.HubLookup;
import org.bashke.portal.events.PortalEvent;
import org.bashke.portal.events.PortalEvents;
import org.bashke.portal.newsletter.Newsletter;
import org.bashke.portal.newsletter.Newsletters;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * sitemap.xml (sitemaps.org 0.9) of the public pages: the portal's lists, every published news item,
 * page, publication and event, every newsletter sent (never a draft), the hubs' pages, and what other
 * modules add through {@link SitemapSource} beans (their lists, such as {@code /council/decisions} or
 * {@code /results}).
 */
@Controller
class SitemapController {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SitemapController.class);

    private final Articles articles;
    private final PortalEvents events;
    private final HubLookup hubs;

    private final org.bashke.portal.publications.Publications publications;
    private final Newsletters newsletters;
    private final List<SitemapSource> sources;

    SitemapController(Articles articles, PortalEvents events, HubLookup hubs,
                      org.bashke.portal.publications.Publications publications, Newsletters newsletters,
                      List<SitemapSource> sources) {
        this.publications = publications;
        this.newsletters = newsletters;
        this.sources = sources;
        this.articles = articles;
        this.events = events;
        this.hubs = hubs;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        String base = PublicLinks.base();
        Map<String, String> lastModified = new HashMap<>();
        StringWriter text = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("urlset");
        w.writeDefaultNamespace(NS);
        // the portal's lists, and those of the directory and identity the footer links to (modules the portal builds on)
        Set<String> listed = new LinkedHashSet<>(List.of("/", "/news", "/events", "/publications", "/newsletters", "/follow",
                "/open-data", "/organisations", "/people", "/hubs", "/regions", "/municipalities", "/accessibility"));
        for (SitemapSource source : sources) {
            List<SitemapSource.Entry> entries;
            try {
                entries = source.entries();
            } catch (RuntimeException e) {
                // one module's trouble leaves its pages out, never the whole sitemap
                log.warn("Sitemap entries of {} left out: {}", source.getClass().getSimpleName(), e.getMessage());
                continue;
            }
            for (SitemapSource.Entry e : entries) {
                if (e.path() != null && e.path().startsWith("/") && listed.add(e.path()) && e.lastModified() != null) {
                    lastModified.put(e.path(), DateTimeFormatter.ISO_INSTANT.format(e.lastModified()));
                }
            }
        }
        for (String path : listed) {
            url(w, base + path, lastModified.get(path));
        }
        for (HubSummary h : hubs.hubs()) {
            url(w, base + "/hubs/" + h.code(), null);
        }
        for (Article a : articles.findByStatus(ArticleStatus.PUBLISHED)) {
            url(w, base + (a.getSlug() != null ? "/pages/" + a.getSlug() : "/news/" + a.getId()),
                    DateTimeFormatter.ISO_INSTANT.format(a.getUpdatedAt()));
        }
        for (var p : publications.findByStatus(org.bashke.portal.content.ArticleStatus.PUBLISHED)) {
            url(w, base + "/publications/" + p.getId(), DateTimeFormatter.ISO_INSTANT.format(p.getUpdatedAt()));
        }
        for (PortalEvent e : events.findByPublishedTrueOrderByStartsAt()) {
            url(w, base + "/events/" + e.getId(), DateTimeFormatter.ISO_INSTANT.format(e.getUpdatedAt()));
        }
        for (Newsletter n : newsletters.archive()) {
            Instant changed = n.sentAt() != null ? n.sentAt() : n.sendRequestedAt();
            url(w, base + "/newsletters/" + n.id(), changed == null ? null : DateTimeFormatter.ISO_INSTANT.format(changed));
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(text.toString());
    }

    private static void url(XMLStreamWriter w, String loc, String lastmod) throws XMLStreamException {
        w.writeStartElement("url");
        w.writeStartElement("loc");
        w.writeCharacters(loc);
        w.writeEndElement();
        if (lastmod != null) {
            w.writeStartElement("lastmod");
            w.writeCharacters(lastmod);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
}
