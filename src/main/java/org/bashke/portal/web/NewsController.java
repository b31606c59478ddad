package org.bashke.portal.web;

import java.time.Instant;
import java.util.Locale;
import org.bashke.directory.HubSummary;
import org.bashke.portal.content.Article;
import org.bashke.portal.content.ArticleKind;
import org.bashke.portal.content.ArticleStatus;
import org.bashke.portal.content.Articles;
import org.bashke.portal.content.AtomFeed;
import org.bashke.portal.content.HubLookup;
import org.bashke.portal.content.Topic;
import org.bashke.portal.text.Markdown;
import org.bashke.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Published news, filtered by hub (or region) and topic, and its Atom feed. */
@Controller
class NewsController {

    static final int PAGE_SIZE = 10;

    private final Articles articles;
    private final HubLookup hubs;
    private final MessageSource messages;

    NewsController(Articles articles, HubLookup hubs, MessageSource messages) {
        this.articles = articles;
        this.hubs = hubs;
        this.messages = messages;
    }

    @GetMapping("/news")
    String list(@RequestParam(required = false) String hub, @RequestParam(required = false) String region,
                @RequestParam(required = false) String topic, @RequestParam(defaultValue = "0") int page, Model model) {
        HubSummary chosen = hubs.resolve(hub, region).orElse(null);
        Topic chosenTopic = parseTopic(topic);
        Page<Article> news = articles.publishedNews(chosen == null ? null : chosen.id(), chosenTopic,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("news", news);
        model.addAttribute("hub", chosen);
        model.addAttribute("topic", chosenTopic);
        model.addAttribute("topics", Topic.values());
        model.addAttribute("hubs", hubs.hubs());
        model.addAttribute("hubsById", hubs.byId());
        return "portal/news";
    }

    @GetMapping("/news/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Article a = articles.findById(id).filter(x -> x.getKind() == ArticleKind.NEWS && x.getStatus() == ArticleStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("news", id));
        model.addAttribute("article", a);
        model.addAttribute("hub", a.getHubId() == null ? null : hubs.byId().get(a.getHubId()));
        model.addAttribute("bodyHtml", new BodyHtml(a.getBody()));
        return "portal/news-item";
    }

    @GetMapping(value = "/news.atom")
    ResponseEntity<String> atom(@RequestParam(required = false) String hub, Locale locale) {
        HubSummary chosen = hubs.byCode(hub).orElse(null);
        Page<Article> news = articles.publishedNews(chosen == null ? null : chosen.id(), null, PageRequest.of(0, 30));
        String title = messages.getMessage("portal.feed.news.title", null, locale)
                + (chosen == null ? "" : " – " + chosen.name().display(locale));
        String self = PublicLinks.base() + "/news.atom" + (chosen == null ? "" : "?hub=" + chosen.code());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(AtomFeed.news(news.getContent(), title, self, PublicLinks.base(), locale, Instant.EPOCH));
    }

    static Topic parseTopic(String topic) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        try {
            return Topic.valueOf(topic.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Renders the body in the reader's language, through the sanitiser. */
    public record BodyHtml(org.bashke.shared.text.LocalizedText body) {
        public String html(Locale locale) {
            return body == null ? "" : Markdown.toSafeHtml(body.display(locale));
        }
    }
}
