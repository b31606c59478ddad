package org.bashke.portal.newsletter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.bashke.portal.content.Problem;
import org.bashke.portal.content.Topic;
import org.bashke.shared.text.Language;

/**
 * What a newsletter needs before it is saved: a subject and a body in the language it was written in
 * (the other languages fall back to it), texts of a sane length, and an audience that exists.
 */
public final class NewsletterRules {

    static final int SUBJECT_MAX = 300;
    static final int BODY_MAX = 50_000;

    private NewsletterRules() {
    }

    public static List<Problem> check(NewsletterDraft d, Collection<String> hubCodes) {
        List<Problem> problems = new ArrayList<>();
        Language original = d.original() == null ? Language.SQ : d.original();
        String suffix = switch (original) {
            case SQ -> "Sq";
            case SR -> "Sr";
            case EN -> "En";
        };
        String subject = switch (original) {
            case SQ -> d.subjectSq();
            case SR -> d.subjectSr();
            case EN -> d.subjectEn();
        };
        String body = switch (original) {
            case SQ -> d.bodySq();
            case SR -> d.bodySr();
            case EN -> d.bodyEn();
        };
        if (blank(subject)) {
            problems.add(new Problem("subject" + suffix, "portal.newsletter.subject.required"));
        }
        if (blank(body)) {
            problems.add(new Problem("body" + suffix, "portal.newsletter.body.required"));
        }
        tooLong(problems, "subjectSq", d.subjectSq(), SUBJECT_MAX, "portal.newsletter.subject.tooLong");
        tooLong(problems, "subjectSr", d.subjectSr(), SUBJECT_MAX, "portal.newsletter.subject.tooLong");
        tooLong(problems, "subjectEn", d.subjectEn(), SUBJECT_MAX, "portal.newsletter.subject.tooLong");
        tooLong(problems, "bodySq", d.bodySq(), BODY_MAX, "portal.newsletter.body.tooLong");
        tooLong(problems, "bodySr", d.bodySr(), BODY_MAX, "portal.newsletter.body.tooLong");
        tooLong(problems, "bodyEn", d.bodyEn(), BODY_MAX, "portal.newsletter.body.tooLong");
        if (!blank(d.hubCode()) && !hubCodes.contains(d.hubCode())) {
            problems.add(new Problem("hubCode", "portal.newsletter.audience.unknown"));
        }
        if (!blank(d.topic()) && Arrays.stream(Topic.values()).noneMatch(t -> t.name().equals(d.topic()))) {
            problems.add(new Problem("topic", "portal.newsletter.audience.unknown"));
        }
        return problems;
    }

    private static void tooLong(List<Problem> problems, String field, String value, int max, String key) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Problem(field, key));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
