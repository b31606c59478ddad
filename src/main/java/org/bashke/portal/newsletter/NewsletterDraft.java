package org.bashke.portal.newsletter;

import org.bashke.shared.text.Language;

/** What the secretariat writes: subject and body (Markdown) in three languages, and the audience filters. */
public record NewsletterDraft(Language original, String subjectSq, String subjectSr, String subjectEn,
                             String bodySq, String bodySr, String bodyEn, String hubCode, String topic,
                             boolean membersOnly) {
}
