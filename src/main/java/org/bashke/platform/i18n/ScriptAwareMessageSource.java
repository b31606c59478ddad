package org.bashke.platform.i18n;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import org.bashke.shared.text.SerbianScript;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * Interface text is written once in Serbian (Latin); readers who chose Cyrillic get it
 * transliterated, placeholders untouched. Keys under {@code verbatim.} (the brand, the names of the
 * languages in their own script) are never transliterated.
 */
class ScriptAwareMessageSource extends ReloadableResourceBundleMessageSource {

    private static final Locale SERBIAN = Locale.forLanguageTag("sr");
    private static final String VERBATIM = "verbatim.";

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        if (SerbianScript.isCyrillic(locale) && !code.startsWith(VERBATIM)) {
            return SerbianScript.toCyrillic(super.resolveCodeWithoutArguments(code, SERBIAN));
        }
        return super.resolveCodeWithoutArguments(code, locale);
    }

    /**
     * The words of a {@code {0,choice,...}} sit inside braces, which transliteration leaves alone
     * (they hold placeholders); so the choices are transliterated one by one.
     */
    private static MessageFormat cyrillic(MessageFormat latin, Locale locale) {
        MessageFormat result = new MessageFormat(SerbianScript.toCyrillic(latin.toPattern()), locale);
        Format[] formats = result.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof ChoiceFormat choice) {
                String[] texts = Arrays.stream(choice.getFormats()).map(o -> SerbianScript.toCyrillic(String.valueOf(o)))
                        .toArray(String[]::new);
                result.setFormat(i, new ChoiceFormat(choice.getLimits(), texts));
            }
        }
        return result;
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        if (SerbianScript.isCyrillic(locale) && !code.startsWith(VERBATIM)) {
            MessageFormat latin = super.resolveCode(code, SERBIAN);
            return latin == null ? null : cyrillic(latin, locale);
        }
        return super.resolveCode(code, locale);
    }
}
