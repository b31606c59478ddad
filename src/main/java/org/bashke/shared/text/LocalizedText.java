package org.bashke.shared.text;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Objects;

/**
 * A piece of content in Albanian, Serbian (kept in Latin script) and English, each with its own
 * status. Embed it with {@code @AttributeOverrides} to name the columns of each use.
 * Immutable: changes return a new value.
 */
@Embeddable
public class LocalizedText {

    @Column(name = "sq")
    private String sq;
    @Column(name = "sr")
    private String sr;
    @Column(name = "en")
    private String en;
    @Enumerated(EnumType.STRING)
    @Column(name = "sq_status")
    private TranslationStatus sqStatus = TranslationStatus.MISSING;
    @Enumerated(EnumType.STRING)
    @Column(name = "sr_status")
    private TranslationStatus srStatus = TranslationStatus.MISSING;
    @Enumerated(EnumType.STRING)
    @Column(name = "en_status")
    private TranslationStatus enStatus = TranslationStatus.MISSING;

    protected LocalizedText() {
    }

    private LocalizedText(String sq, String sr, String en,
                          TranslationStatus sqStatus, TranslationStatus srStatus, TranslationStatus enStatus) {
        this.sq = blankToNull(sq);
        this.sr = blankToNull(sr);
        this.en = blankToNull(en);
        this.sqStatus = this.sq == null ? TranslationStatus.MISSING : sqStatus;
        this.srStatus = this.sr == null ? TranslationStatus.MISSING : srStatus;
        this.enStatus = this.en == null ? TranslationStatus.MISSING : enStatus;
    }

    /** Text written in {@code original}, which is authoritative; the others are translations. */
    public static LocalizedText of(Language original, String sq, String sr, String en) {
        return new LocalizedText(sq, SerbianScript.toLatin(sr), en,
                original == Language.SQ ? TranslationStatus.AUTHORITATIVE : TranslationStatus.TRANSLATED,
                original == Language.SR ? TranslationStatus.AUTHORITATIVE : TranslationStatus.TRANSLATED,
                original == Language.EN ? TranslationStatus.AUTHORITATIVE : TranslationStatus.TRANSLATED);
    }

    /** The same words in every language (names of people, acronyms). */
    public static LocalizedText same(String text) {
        return of(Language.SQ, text, text, text);
    }

    public String get(Language language) {
        return switch (language) {
            case SQ -> sq;
            case SR -> sr;
            case EN -> en;
        };
    }

    public TranslationStatus status(Language language) {
        return switch (language) {
            case SQ -> sqStatus;
            case SR -> srStatus;
            case EN -> enStatus;
        };
    }

    /**
     * The text for a reader: their language if present, else the authoritative version, else any;
     * Serbian in the reader's script.
     */
    public String display(Locale locale) {
        Language wanted = Language.of(locale);
        String text = get(wanted);
        if (text == null) {
            text = fallback();
        } else if (wanted == Language.SR) {
            text = SerbianScript.forDisplay(text, locale);
        }
        return text == null ? "" : text;
    }

    /** True when the reader's language is missing and {@link #display} falls back to another. */
    public boolean isFallback(Locale locale) {
        return get(Language.of(locale)) == null && fallback() != null;
    }

    public boolean isEmpty() {
        return sq == null && sr == null && en == null;
    }

    private String fallback() {
        for (Language l : Language.values()) {
            if (status(l) == TranslationStatus.AUTHORITATIVE && get(l) != null) {
                return get(l);
            }
        }
        return sq != null ? sq : sr != null ? sr : en;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText t && Objects.equals(sq, t.sq) && Objects.equals(sr, t.sr)
                && Objects.equals(en, t.en) && sqStatus == t.sqStatus && srStatus == t.srStatus && enStatus == t.enStatus;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sq, sr, en);
    }

    @Override
    public String toString() {
        return "sq=" + sq + " | sr=" + sr + " | en=" + en;
    }
}
