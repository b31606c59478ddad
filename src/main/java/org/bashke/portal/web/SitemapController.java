package org.bashke.portal.web;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bashke.directory.HubSummary;
import org.bashke.portal.content.Article;
import org.bashke.portal.content.ArticleStatus;
import org.bashke.portal.content.Articles;
import org.bashke.portal.content.HubLookup;
import org.bashke.portal.events.PortalEvent;
import org.bashke.portal.events.PortalEvents;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * sitemap.xml (sitemaps.org 0.9) of the public pages the portal knows: its lists, every published
 * news item, page and event, and the hubs' pages. Other modules' pages are not listed yet.
 */
@Controller
class SitemapController {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final Articles articles;
    private final PortalEvents events;
    private final HubLookup hubs;

    private final org.bashke.portal.publications.Publications publications;

    SitemapController(Articles articles, PortalEvents events, HubLookup hubs,
                      org.bashke.portal.publications.Publications publications) {
        this.publications = publications;
        this.articles = articles;
        this.events = events;
        this.hubs = hubs;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        String base = PublicLinks.base();
        StringWriter text = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("urlset");
        w.writeDefaultNamespace(NS);
        for (String path : new String[] {"/", "/news", "/events", "/publications", "/open-data", "/organisations", "/hubs", "/regions"}) {
            url(w, base + path, null);
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
