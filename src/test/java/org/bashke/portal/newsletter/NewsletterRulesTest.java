package org.bashke.portal.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bashke.portal.content.Problem;
import org.bashke.shared.text.Language;
import org.junit.jupiter.api.Test;

class NewsletterRulesTest {

    static final List<String> HUBS = List.of("PRZ", "PEJ");

    @Test
    void the_original_language_needs_a_subject_and_a_body_the_others_may_wait() {
        assertThat(NewsletterRules.check(new NewsletterDraft(Language.SQ, "Tema", null, null, "Tekst", null, null, null, null, false), HUBS))
                .isEmpty();
        assertThat(NewsletterRules.check(new NewsletterDraft(Language.SR, "Tema", null, null, "Tekst", null, null, null, null, false), HUBS))
                .extracting(Problem::field).containsExactly("subjectSr", "bodySr");
    }

    @Test
    void the_audience_must_exist() {
        assertThat(NewsletterRules.check(new NewsletterDraft(Language.EN, null, null, "S", null, null, "B", "XYZ", "NOPE", false), HUBS))
                .extracting(Problem::field).containsExactly("hubCode", "topic");
        assertThat(NewsletterRules.check(new NewsletterDraft(Language.EN, null, null, "S", null, null, "B", "PRZ", "FUNDING", true), HUBS))
                .isEmpty();
    }

    @Test
    void texts_have_a_length_limit() {
        String longSubject = "x".repeat(301);
        assertThat(NewsletterRules.check(new NewsletterDraft(Language.SQ, longSubject, null, null, "B", null, null, null, null, false), HUBS))
                .extracting(Problem::key).containsExactly("portal.newsletter.subject.tooLong");
    }
}
