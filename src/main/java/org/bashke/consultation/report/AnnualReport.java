package org.bashke.consultation.report;

import java.util.List;

/**
 * A year of public consultation across all institutions, in the shape of the Office for Good Governance's
 * annual report on Regulation No. 05/2016: drafts planned and what became of them, consultations held and
 * whether they kept the minimum period and published their report, participants and written contributors,
 * comments accepted, partly accepted and rejected — in total, for central institutions and for municipalities.
 */
public record AnnualReport(int year, Figures all, Figures central, Figures municipal, List<Row> institutions,
                           List<WithoutConsultation> adoptedWithoutConsultation) {

    /**
     * @param averageWorkingDaysToReport mean working days from closing to the published report, or null when none
     */
    public record Figures(int planned, int consulted, int adoptedWithoutConsultation, int dropped, int stillPlanned,
                          int held, int meetingMinimumPeriod, int withPublishedReport, Double averageWorkingDaysToReport,
                          int contributors, int organisations, int comments, int accepted, int partlyAccepted,
                          int rejected, int unanswered, int meetings, int meetingParticipants) {

        /** Share of {@code part} in {@code whole} as a whole percent; 0 when there is nothing to share. */
        public static int percent(int part, int whole) {
            return whole == 0 ? 0 : Math.round(100f * part / whole);
        }

        public int minimumPeriodPercent() {
            return percent(meetingMinimumPeriod, held);
        }

        public int reportPercent() {
            return percent(withPublishedReport, held);
        }

        public int answeredPercent() {
            return percent(comments - unanswered, comments);
        }
    }

    /** One institution's line: its name in the reader's language, whether it is a municipality, its figures. */
    public record Row(long institutionId, String institution, boolean municipality, Figures figures) {
    }

    /** A planned draft adopted without consultation, and the reason the institution gave. */
    public record WithoutConsultation(String institution, String title, String reason) {
    }
}
