package org.bashke.consultation.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the adopted text is compared with the consulted draft, article by article: articles are paired by
 * their number ("Neni 3" with "Član 3" or "Article 3"), else by their heading, the preamble with the
 * preamble; within a pair, the words removed and added are marked (longest common subsequence of words).
 */
public final class ArticleDiff {

    public enum Change { UNCHANGED, CHANGED, ADDED, REMOVED }

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of words that is the same in both, only in the draft, or only in the adopted text. */
    public record Segment(Kind kind, String text) {
    }

    /** The two sides of one article; either may be null (added or removed article). */
    public record Pair<A>(String key, A consulted, A adopted, Change change, List<Segment> segments) {
    }

    /** What the comparison needs of an article. */
    public interface Side {
        String heading();

        String body();
    }

    private static final Pattern NUMBER = Pattern.compile("^\\s*\\p{L}+\\s+(\\d+)");

    private ArticleDiff() {
    }

    static String key(String heading) {
        if (heading == null || heading.isBlank()) {
            return "preamble";
        }
        Matcher m = NUMBER.matcher(heading);
        return m.find() ? "n" + m.group(1) : "h" + heading.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static <A extends Side> List<Pair<A>> compare(List<A> consulted, List<A> adopted) {
        Map<String, A> before = new LinkedHashMap<>();
        consulted.forEach(a -> before.putIfAbsent(key(a.heading()), a));
        Map<String, A> after = new LinkedHashMap<>();
        adopted.forEach(a -> after.putIfAbsent(key(a.heading()), a));
        List<Pair<A>> pairs = new ArrayList<>();
        for (Map.Entry<String, A> e : before.entrySet()) {
            A now = after.get(e.getKey());
            if (now == null) {
                pairs.add(new Pair<>(e.getKey(), e.getValue(), null, Change.REMOVED, words(e.getValue().body(), "")));
            } else {
                List<Segment> segments = words(e.getValue().body(), now.body());
                boolean same = segments.stream().allMatch(s -> s.kind() == Kind.SAME);
                pairs.add(new Pair<>(e.getKey(), e.getValue(), now, same ? Change.UNCHANGED : Change.CHANGED, segments));
            }
        }
        after.forEach((key, a) -> {
            if (!before.containsKey(key)) {
                pairs.add(new Pair<>(key, null, a, Change.ADDED, words("", a.body())));
            }
        });
        return pairs;
    }

    /** Word-level differences between two texts, as runs. */
    public static List<Segment> words(String from, String to) {
        String[] a = from == null || from.isBlank() ? new String[0] : from.strip().split("\\s+");
        String[] b = to == null || to.isBlank() ? new String[0] : to.strip().split("\\s+");
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                append(out, Kind.SAME, a[i++]);
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // removed words before the added ones, as a reader expects a replacement to read
                append(out, Kind.REMOVED, a[i++]);
            } else {
                append(out, Kind.ADDED, b[j++]);
            }
        }
        return out;
    }

    private static void append(List<Segment> out, Kind kind, String word) {
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + " " + word));
        } else {
            out.add(new Segment(kind, word));
        }
    }
}
