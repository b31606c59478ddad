package org.bashke.portal.publications;

import java.time.LocalDate;
import java.util.Set;
import org.bashke.portal.content.Topic;
import org.bashke.shared.text.LocalizedText;

/** What an editor writes about a publication (its files are attached separately, one per language). */
public record PublicationContent(PublicationType type, LocalDate issuedOn, Long hubId, LocalizedText title,
                                 LocalizedText summary, Set<Topic> topics, Set<Long> authorIds) {

    public PublicationContent {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        authorIds = authorIds == null ? Set.of() : Set.copyOf(authorIds);
    }
}
