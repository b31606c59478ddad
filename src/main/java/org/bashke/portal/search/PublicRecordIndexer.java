package org.bashke.portal.search;

import org.bashke.portal.PublicRecordChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Other modules' public records enter the index through the event, after their transaction commits. */
@Component
class PublicRecordIndexer {

    private final SearchIndex index;

    PublicRecordIndexer(SearchIndex index) {
        this.index = index;
    }

    @ApplicationModuleListener
    void on(PublicRecordChanged change) {
        index.apply(change);
    }
}
