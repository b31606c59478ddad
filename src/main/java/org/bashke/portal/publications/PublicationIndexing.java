package org.bashke.portal.publications;

import java.util.stream.Collectors;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.directory.OrganisationSummary;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.portal.search.SearchIndex;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Component;

/** Keeps a publication's entry in the one search in step with its state, in the caller's transaction. */
@Component
public class PublicationIndexing {

    public static final String MODULE = "portal";
    public static final String TYPE = "publication";

    private final SearchIndex index;
    private final Directory directory;

    PublicationIndexing(SearchIndex index, Directory directory) {
        this.index = index;
        this.directory = directory;
    }

    public void refresh(Publication p) {
        if (!p.isPublic()) {
            index.remove(MODULE, TYPE, String.valueOf(p.getId()));
            return;
        }
        String hub = p.getHubId() == null ? null : directory.hub(p.getHubId()).map(HubSummary::code).orElse(null);
        // the authors' names are searchable too: "a study by KCSF"
        var authors = directory.organisations(p.getAuthorIds());
        LocalizedText text = LocalizedText.of(Language.SQ, text(p, authors, Language.SQ), text(p, authors, Language.SR),
                text(p, authors, Language.EN));
        index.apply(PublicRecordChanged.published(MODULE, TYPE, p.getId(), p.getTitle(), text,
                "/publications/" + p.getId(), hub, p.getPublishedAt()), p.getTopics());
    }

    private static String text(Publication p, java.util.List<OrganisationSummary> authors, Language l) {
        String summary = p.getSummary() == null || p.getSummary().get(l) == null ? "" : p.getSummary().get(l);
        String names = authors.stream().map(o -> o.name().get(l) != null ? o.name().get(l) : o.name().get(Language.SQ))
                .filter(java.util.Objects::nonNull).collect(Collectors.joining(", "));
        return (summary + "\n" + names).strip();
    }
}
