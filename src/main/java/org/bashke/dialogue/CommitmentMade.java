package org.bashke.dialogue;

import java.time.LocalDate;
import org.bashke.shared.text.LocalizedText;

/**
 * An institution committed to something in a dialogue process. Monitoring tracks it as an obligation
 * (and answers {@link org.bashke.shared.followup.FollowUps} for module {@code dialogue}, type {@code commitment}).
 *
 * @param processId    the process it was made in; 0 when it answers an initiative outside any process
 * @param initiativeId the CSO initiative it answers, or null
 * @param url          the commitment's place on the public site (the process or initiative page, anchored)
 */
public record CommitmentMade(long commitmentId, long processId, LocalizedText text, long responsibleOrganisationId,
                             LocalDate deadline, LocalDate madeOn, String url, Long initiativeId) {

    /** A commitment made in a process (the original shape of this event). */
    public CommitmentMade(long commitmentId, long processId, LocalizedText text, long responsibleOrganisationId,
                          LocalDate deadline, LocalDate madeOn, String url) {
        this(commitmentId, processId, text, responsibleOrganisationId, deadline, madeOn, url, null);
    }
}
