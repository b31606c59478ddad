package org.bashke.platform.i18n;

import java.text.MessageFormat;
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

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        if (SerbianScript.isCyrillic(locale) && !code.startsWith(VERBATIM)) {
            MessageFormat latin = super.resolveCode(code, SERBIAN);
            return latin == null ? null : new MessageFormat(SerbianScript.toCyrillic(latin.toPattern()), locale);
        }
        return super.resolveCode(code, locale);
    }
}
