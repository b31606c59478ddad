package org.bashke.shared.text;

import java.util.Locale;
import java.util.Map;

/**
 * Serbian is written in Latin and in Cyrillic, one-to-one but for three Latin digraphs
 * (lj, nj, dž). Text is kept in Latin and shown in the script the reader chose.
 */
public final class SerbianScript {

    public static final Locale LATIN = Locale.forLanguageTag("sr-Latn");
    public static final Locale CYRILLIC = Locale.forLanguageTag("sr-Cyrl");

    private static final Map<String, String> DIGRAPHS = Map.ofEntries(
            Map.entry("Lj", "Љ"), Map.entry("LJ", "Љ"), Map.entry("lj", "љ"),
            Map.entry("Nj", "Њ"), Map.entry("NJ", "Њ"), Map.entry("nj", "њ"),
            Map.entry("Dž", "Џ"), Map.entry("DŽ", "Џ"), Map.entry("dž", "џ"));

    private static final String LATIN_LETTERS = "ABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽabcčćdđefghijklmnoprsštuvzž";
    private static final String CYRILLIC_LETTERS = "АБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖабцчћдђефгхијклмнопрсштувзж";

    private static final Map<Character, String> TO_LATIN = Map.ofEntries(
            Map.entry('Љ', "Lj"), Map.entry('љ', "lj"), Map.entry('Њ', "Nj"), Map.entry('њ', "nj"),
            Map.entry('Џ', "Dž"), Map.entry('џ', "dž"));

    private SerbianScript() {
    }

    /** True when the locale asks for Serbian in Cyrillic. */
    public static boolean isCyrillic(Locale locale) {
        return locale != null && "sr".equals(locale.getLanguage()) && "Cyrl".equals(locale.getScript());
    }

    /**
     * Latin to Cyrillic. Text inside braces ({@code {0}}, {@code {name}}) and anything that looks
     * like an address (contains {@code @}, {@code ://} or starts with {@code www.}) is left as it is,
     * so message placeholders, e-mail addresses and links survive.
     */
    public static String toCyrillic(String latin) {
        if (latin == null || latin.isEmpty()) {
            return latin;
        }
        StringBuilder out = new StringBuilder(latin.length());
        int depth = 0;
        int i = 0;
        while (i < latin.length()) {
            char c = latin.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
                out.append(c);
                i++;
                continue;
            }
            if (depth > 0) {
                out.append(c);
                i++;
                continue;
            }
            int wordEnd = addressEnd(latin, i);
            if (wordEnd > i) {
                out.append(latin, i, wordEnd);
                i = wordEnd;
                continue;
            }
            if (i + 1 < latin.length()) {
                String pair = latin.substring(i, i + 2);
                String digraph = DIGRAPHS.get(pair);
                if (digraph != null) {
                    out.append(digraph);
                    i += 2;
                    continue;
                }
            }
            int idx = LATIN_LETTERS.indexOf(c);
            out.append(idx >= 0 ? CYRILLIC_LETTERS.charAt(idx) : c);
            i++;
        }
        return out.toString();
    }

    /** Cyrillic to Latin. */
    public static String toLatin(String cyrillic) {
        if (cyrillic == null || cyrillic.isEmpty()) {
            return cyrillic;
        }
        StringBuilder out = new StringBuilder(cyrillic.length());
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            String digraph = TO_LATIN.get(c);
            if (digraph != null) {
                boolean nextUpper = i + 1 < cyrillic.length() && Character.isUpperCase(cyrillic.charAt(i + 1));
                out.append(Character.isUpperCase(c) && nextUpper ? digraph.toUpperCase(Locale.ROOT) : digraph);
                continue;
            }
            int idx = CYRILLIC_LETTERS.indexOf(c);
            out.append(idx >= 0 ? LATIN_LETTERS.charAt(idx) : c);
        }
        return out.toString();
    }

    /** Shows Serbian text in the script of the locale; other text is returned untouched. */
    public static String forDisplay(String serbianLatin, Locale locale) {
        return isCyrillic(locale) ? toCyrillic(serbianLatin) : serbianLatin;
    }

    private static int addressEnd(String s, int start) {
        if (start > 0 && !Character.isWhitespace(s.charAt(start - 1)) && s.charAt(start - 1) != '(' && s.charAt(start - 1) != '<') {
            return start;
        }
        int end = start;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != ')' && s.charAt(end) != '<') {
            end++;
        }
        String word = s.substring(start, end);
        boolean address = word.contains("@") || word.contains("://") || word.startsWith("www.");
        return address ? end : start;
    }
}
