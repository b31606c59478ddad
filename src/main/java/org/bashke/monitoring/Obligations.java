package org.bashke.monitoring;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of the obligation engine. */
public interface Obligations {

    Optional<ObligationSummary> obligation(long id);

    /** The obligation born of a record of another module (e.g. {@code council}, {@code decision}, 12). */
    Optional<ObligationSummary> bySource(String module, String type, long id);

    /** Obligations of one institution, deadline first. */
    List<ObligationSummary> ofInstitution(long institutionId);

    /** Everything overdue today, most overdue first (the escalation list). */
    List<ObligationSummary> overdue();
}
