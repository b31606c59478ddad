package org.bashke.portal.web;

import java.util.List;
import java.util.Locale;
import org.bashke.directory.HubSection;
import org.bashke.portal.content.Article;
import org.bashke.portal.content.Articles;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A hub's page shows its latest news, with the summary. */
@Component
class HubNewsSection implements HubSection {

    private final Articles articles;

    HubNewsSection(Articles articles) {
        this.articles = articles;
    }

    @Override
    public String headingKey() {
        return "portal.hub.news";
    }

    @Override
    public String listLinkKey() {
        return "portal.hub.allNews";
    }

    @Override
    public String listUrl(HubArea area) {
        return "/news?hub=" + area.hub().code();
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> items(HubArea area, Locale locale) {
        return articles.latestNews(area.hub().id(), PageRequest.of(0, 5)).stream()
                .map((Article a) -> new Item(a.getTitle(), "/news/" + a.getId(), a.getSummary() == null ? null : a.getSummary().display(locale)))
                .toList();
    }
}
