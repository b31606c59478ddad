package org.bashke.consultation.draft;

import java.util.Locale;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Feeds the one search with the comments the consultation page shows to everyone: public ones that are
 * not hidden, with the institution's answer when there is one. The record carries the consultation's
 * title, the comment (and answer) in the language the author wrote in, and nothing of the author: no
 * name, no address. A hidden comment leaves the index; a private one never enters it.
 *
 * <p>Only the event is published here: the portal indexes after commit, so commenting stays as fast as it was.
 */
@Component
public class CommentSearchRecords {

    static final String MODULE = "consultation";
    static final String TYPE = "comment";

    private final ApplicationEventPublisher events;
    private final ConsultationHubs hubs;

    CommentSearchRecords(ApplicationEventPublisher events, ConsultationHubs hubs) {
        this.events = events;
        this.hubs = hubs;
    }

    /** The comment was made, answered or hidden: the index follows what the public page shows now. */
    public void changed(Consultation c, Comment comment) {
        if (!comment.isPublicComment()) {
            return;
        }
        events.publishEvent(comment.isHidden() ? PublicRecordChanged.removed(MODULE, TYPE, comment.getId()) : of(c, comment));
    }

    PublicRecordChanged of(Consultation c, Comment comment) {
        Language written = Language.of(comment.getAuthorLanguage() == null ? null : Locale.forLanguageTag(comment.getAuthorLanguage()));
        String text = comment.getAnswer() == null ? comment.getBody() : comment.getBody() + "\n\n" + comment.getAnswer();
        return PublicRecordChanged.published(MODULE, TYPE, comment.getId(), title(c.getTitle(), written), inOne(written, text),
                url(c.getId(), comment), hubs.of(c), comment.getCreatedAt());
    }

    /**
     * Where a reader finds the comment: the page of its article's (or the draft's) comments that holds it,
     * at the comment itself. The consultation page shows only the newest few of each article.
     */
    static String url(long consultationId, Comment comment) {
        return "/consultations/" + consultationId + "/comments?"
                + (comment.getArticleId() == null ? "" : "article=" + comment.getArticleId() + "&")
                + "comment=" + comment.getId() + "#comment-" + comment.getId();
    }

    /** The consultation's title; in the author's language too, so the comment's words are indexed there. */
    private static LocalizedText title(LocalizedText title, Language written) {
        if (title.get(written) != null) {
            return title;
        }
        String fallback = title.display(Locale.forLanguageTag(written.tag()));
        return LocalizedText.of(Language.SQ, orElse(title.get(Language.SQ), written == Language.SQ, fallback),
                orElse(title.get(Language.SR), written == Language.SR, fallback),
                orElse(title.get(Language.EN), written == Language.EN, fallback));
    }

    private static String orElse(String value, boolean use, String fallback) {
        return value == null && use ? fallback : value;
    }

    private static LocalizedText inOne(Language written, String text) {
        return LocalizedText.of(written, written == Language.SQ ? text : null, written == Language.SR ? text : null,
                written == Language.EN ? text : null);
    }
}
