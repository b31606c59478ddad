package org.bashke.portal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bashke.shared.text.SerbianScript;

/**
 * The normalisation both sides of the search share: Serbian Cyrillic to Latin, accents off (ë = e,
 * ç = c, č = c, đ = d), lower case. The database folds accents too (unaccent in {@code bashke_fold});
 * doing it here as well keeps trigram matching and the query words in the same form.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    public static String latin(String text) {
        return text == null ? "" : SerbianScript.toLatin(text);
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String latin = SerbianScript.toLatin(text).replace('đ', 'd').replace('Đ', 'D');
        return MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The query's words, folded, without any character the tsquery syntax would read as an operator. */
    public static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(fold(query))) {
            if (!w.isBlank() && words.size() < 12) {
                words.add(w);
            }
        }
        return words;
    }

    /** Words shorter than this match only as they are: "të" as a prefix would be every word beginning with "te". */
    static final int SHORTEST_PREFIX = 3;

    /** Every word must match, each as a prefix ("konsult" finds "konsultimi") unless it is shorter than three letters. */
    public static String prefixQuery(List<String> words) {
        return String.join(" & ", words.stream().map(SearchText::term).toList());
    }

    /** One word of the query as a tsquery term: a prefix, or the word itself when it is short. */
    static String term(String word) {
        return word.length() < SHORTEST_PREFIX ? word : word + ":*";
    }
}
