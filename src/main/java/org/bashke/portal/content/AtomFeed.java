package org.bashke.portal.content;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Atom 1.0 (RFC 4287) for published news; written with StAX so every text and attribute is escaped. */
public final class AtomFeed {

    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    public static String news(List<Article> items, String feedTitle, String selfUrl, String baseUrl, Locale locale, Instant fallbackUpdated) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("xml:lang", locale.toLanguageTag());
            element(w, "id", selfUrl);
            element(w, "title", feedTitle);
            Instant updated = items.stream().map(Article::getPublishedAt).filter(java.util.Objects::nonNull)
                    .max(Instant::compareTo).orElse(fallbackUpdated);
            element(w, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(w, "self", selfUrl, "application/atom+xml");
            link(w, "alternate", baseUrl + "/news", "text/html");
            w.writeStartElement("author");
            element(w, "name", feedTitle);
            w.writeEndElement();
            for (Article a : items) {
                String url = baseUrl + "/news/" + a.getId();
                w.writeStartElement("entry");
                element(w, "id", url);
                element(w, "title", a.getTitle().display(locale));
                String when = DateTimeFormatter.ISO_INSTANT.format(a.getPublishedAt() == null ? a.getUpdatedAt() : a.getPublishedAt());
                element(w, "published", when);
                element(w, "updated", DateTimeFormatter.ISO_INSTANT.format(a.getUpdatedAt()));
                link(w, "alternate", url, "text/html");
                if (a.getSummary() != null && !a.getSummary().display(locale).isBlank()) {
                    element(w, "summary", a.getSummary().display(locale));
                }
                w.writeStartElement("content");
                w.writeAttribute("type", "html");
                w.writeCharacters(org.bashke.portal.text.Markdown.toSafeHtml(a.getBody() == null ? "" : a.getBody().display(locale)));
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
        w.writeAttribute("type", type);
    }
}
