package org.bashke.council.meeting.web.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bashke.council.meeting.Minutes;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;

/**
 * The minutes in three languages; {@code original} names the version written first (authoritative), the
 * others being its translations — that is the per-language status readers see.
 */
public class MinutesForm {

    @Size(max = 200000, message = "{council-meeting.minutes.text.tooLong}") private String textSq;
    @Size(max = 200000, message = "{council-meeting.minutes.text.tooLong}") private String textSr;
    @Size(max = 200000, message = "{council-meeting.minutes.text.tooLong}") private String textEn;
    @NotNull(message = "{council-meeting.minutes.original.required}") private Language original = Language.SQ;

    static MinutesForm of(Minutes m) {
        MinutesForm f = new MinutesForm();
        f.textSq = m.getText().get(Language.SQ);
        f.textSr = m.getText().get(Language.SR);
        f.textEn = m.getText().get(Language.EN);
        for (Language l : Language.values()) {
            if (m.getText().status(l) == org.bashke.shared.text.TranslationStatus.AUTHORITATIVE) {
                f.original = l;
            }
        }
        return f;
    }

    LocalizedText text() {
        return LocalizedText.of(original, textSq, textSr, textEn);
    }

    public String getTextSq() { return textSq; }
    public void setTextSq(String v) { this.textSq = v; }
    public String getTextSr() { return textSr; }
    public void setTextSr(String v) { this.textSr = v; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String v) { this.textEn = v; }
    public Language getOriginal() { return original; }
    public void setOriginal(Language v) { this.original = v; }
}
