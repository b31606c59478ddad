package org.bashke.portal.search;

import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.RegionSummary;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.portal.content.ArticleIndexing;
import org.bashke.portal.content.ArticleStatus;
import org.bashke.portal.content.Articles;
import org.bashke.portal.events.EditEvent;
import org.bashke.portal.events.PortalEvents;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery: re-indexes the portal's own published content and the directory's organisations (the
 * directory publishes no events, so its records come in through its facade here), then makes the
 * index's recent part again. Records other modules sent by event stay as they are.
 */
@Component
public class RebuildSearchIndex {

    private final SearchIndex index;
    private final Articles articles;
    private final ArticleIndexing articleIndexing;
    private final PortalEvents events;
    private final EditEvent editEvent;
    private final Directory directory;
    private final AuditLog audit;
    private final org.bashke.portal.publications.Publications publications;
    private final org.bashke.portal.publications.PublicationIndexing publicationIndexing;
    private final RecentSearchPart recentPart;

    RebuildSearchIndex(SearchIndex index, Articles articles, ArticleIndexing articleIndexing, PortalEvents events,
                       EditEvent editEvent, Directory directory, AuditLog audit,
                       org.bashke.portal.publications.Publications publications,
                       org.bashke.portal.publications.PublicationIndexing publicationIndexing, RecentSearchPart recentPart) {
        this.recentPart = recentPart;
        this.publications = publications;
        this.publicationIndexing = publicationIndexing;
        this.index = index;
        this.articles = articles;
        this.articleIndexing = articleIndexing;
        this.events = events;
        this.editEvent = editEvent;
        this.directory = directory;
        this.audit = audit;
    }

    /** Returns how many records were indexed. */
    @Transactional
    public int rebuild() {
        return rebuildAs(null);
    }

    /** The same, naming the actor ({@code null}: the person logged in); the start-up bootstrap uses it. */
    @Transactional
    public int rebuildAs(String actor) {
        index.removeModule("portal");
        index.removeModule("directory");
        int count = 0;
        for (var a : articles.findByStatus(ArticleStatus.PUBLISHED)) {
            articleIndexing.refresh(a);
            count++;
        }
        for (var p : publications.findByStatus(ArticleStatus.PUBLISHED)) {
            publicationIndexing.refresh(p);
            count++;
        }
        for (var e : events.findByPublishedTrueOrderByStartsAt()) {
            editEvent.refreshIndex(e);
            count++;
        }
        Map<String, String> hubOfRegion = new java.util.HashMap<>();
        for (RegionSummary r : directory.regions()) {
            hubOfRegion.put(r.code(), r.servingHubCode());
        }
        for (OrganisationSummary o : directory.activeOrganisations(null)) {
            LocalizedText text = o.acronym() == null ? null : LocalizedText.same(o.acronym());
            index.apply(PublicRecordChanged.published("directory", "organisation", o.id(), o.name(), text,
                    "/organisations/" + o.id(), o.regionCode() == null ? null : hubOfRegion.get(o.regionCode()), null));
            count++;
        }
        // the recent part follows every write by itself; made again here all the same, should it ever have strayed
        int recent = recentPart.refill();
        Map<String, Object> details = Map.of("records", count, "recentEntries", recent);
        if (actor == null) {
            audit.record("portal.search.rebuilt", "search-index", "all", null, details);
        } else {
            audit.recordAs(actor, "portal.search.rebuilt", "search-index", "all", null, details);
        }
        return count;
    }

}
