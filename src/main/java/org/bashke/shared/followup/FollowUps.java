package org.bashke.shared.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bashke.shared.text.LocalizedText;

/**
 * How far an obligation born elsewhere has got: a Council decision, a dialogue commitment. The module
 * that tracks obligations (monitoring) implements this; the modules that create them (council, dialogue)
 * ask it, so they can show a decision's follow-up without depending on monitoring (monitoring depends on
 * them, through their events). When no module implements it, callers show nothing.
 */
public interface FollowUps {

    /**
     * @param module the module that made the obligation, e.g. {@code council}
     * @param type   what it is there, e.g. {@code decision}, {@code commitment}
     * @param id     its id in that module
     */
    Optional<FollowUp> followUp(String module, String type, long id);

    /**
     * What the responsible side reported, oldest first, each with its evidence and the CSO side's
     * assessment of it: the follow-up half of a commitment's trail. Empty when nothing tracks it.
     */
    default List<Report> reports(String module, String type, long id) {
        return List.of();
    }

    /**
     * @param status   a stable code (NOT_STARTED, IN_PROGRESS, COMPLETED, DELAYED, CANCELLED, NOT_ASSESSED)
     * @param labelKey message key of the status in the reader's language
     * @param percent  share done, 0–100
     * @param overdue  past its deadline (in working days) and not completed
     * @param url      the obligation's public page, e.g. {@code /monitoring/obligations/12}
     */
    record FollowUp(String status, String labelKey, int percent, boolean overdue, String url) {
    }

    /**
     * One progress report on the obligation.
     *
     * @param labelKey        message key of the status reported
     * @param evidence        files and links backing it (a file is served by the tracking module at its url)
     * @param verdictLabelKey message key of the CSO side's verdict, or null when not assessed yet
     * @param assessment      the CSO side's words, or null
     */
    record Report(Instant reportedAt, String status, String labelKey, int percent, LocalizedText narrative, String author,
                  List<EvidenceLink> evidence, String verdictLabelKey, LocalizedText assessment, String assessedBy) {
    }

    /** A file or a link backing a report. */
    record EvidenceLink(String label, String url) {
    }
}
