package org.bashke.consultation.report;

import java.util.List;
import java.util.Map;
import org.bashke.consultation.draft.AnswerOutcome;
import org.bashke.consultation.draft.Consultation;
import org.bashke.consultation.draft.DocumentVersion;

/**
 * Everything a consultation's page and its final report show: the draft's articles with their comments and
 * answers, the comments on the whole draft, counts by outcome and the participants.
 */
public record ConsultationView(Consultation consultation, String institutionName, String title, String summary,
                               List<DocumentVersion> versions, List<ArticleView> articles, List<CommentView> general,
                               Map<AnswerOutcome, Long> outcomes, int comments, int awaitingAnswer, int participants,
                               int organisations, int minimumWorkingDays, long generalCount,
                               List<org.bashke.consultation.draft.ConsultationMeeting> meetings) {

    /** Everyone who took part in the consultation's meetings. */
    public int meetingParticipants() {
        return meetings.stream().mapToInt(org.bashke.consultation.draft.ConsultationMeeting::getParticipants).sum();
    }

    /** Whether the page shows only the newest comments on the whole draft and links to the rest. */
    public boolean moreGeneral() {
        return generalCount > general.size();
    }

    public List<CommentView> allComments() {
        List<CommentView> all = new java.util.ArrayList<>(general);
        articles.forEach(a -> all.addAll(a.comments()));
        return all;
    }
}
