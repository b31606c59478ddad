package org.bashke.portal.content;

import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.portal.search.SearchIndex;
import org.bashke.portal.text.Markdown;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Component;

/** Keeps an article's entry in the search index in step with its state, in the same transaction. */
@Component
public class ArticleIndexing {

    static final String MODULE = "portal";

    private final SearchIndex index;
    private final Directory directory;

    ArticleIndexing(SearchIndex index, Directory directory) {
        this.index = index;
        this.directory = directory;
    }

    public void refresh(Article a) {
        String type = a.getKind() == ArticleKind.NEWS ? "news" : "page";
        if (!a.getStatus().isPublic()) {
            index.remove(MODULE, type, String.valueOf(a.getId()));
            return;
        }
        String url = a.getKind() == ArticleKind.NEWS ? "/news/" + a.getId() : "/pages/" + a.getSlug();
        String hub = a.getHubId() == null ? null : directory.hub(a.getHubId()).map(HubSummary::code).orElse(null);
        index.apply(PublicRecordChanged.published(MODULE, type, a.getId(), a.getTitle(),
                searchText(a.getSummary(), a.getBody()), url, hub, a.getPublishedAt()), a.getTopics());
    }

    private static LocalizedText searchText(LocalizedText summary, LocalizedText body) {
        return LocalizedText.of(Language.SQ, join(summary, body, Language.SQ), join(summary, body, Language.SR),
                join(summary, body, Language.EN));
    }

    private static String join(LocalizedText summary, LocalizedText body, Language l) {
        String s = summary == null || summary.get(l) == null ? "" : summary.get(l);
        String b = body == null ? "" : Markdown.toPlainText(body.get(l));
        return (s + "\n" + b).strip();
    }
}
