package org.bashke.consultation.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a pasted draft becomes articles people can comment on, one by one: a new article starts at every
 * line that begins with "Neni N" (Albanian), "Član N" / "Clan N" / "Члан N" (Serbian) or "Article N"
 * (English), or at a Markdown heading ("# …"). Text before the first such line (title, preamble) is
 * kept as an article of its own, so nothing pasted is lost.
 */
public final class ArticleSplitter {

    /** One article: its heading line (without Markdown marks) and the text under it. */
    public record Section(String heading, String body) {
    }

    private static final Pattern ARTICLE_START = Pattern.compile(
            "^\\s*(?:(?:Neni|Član|Clan|Члан|Article)\\s+\\d+\\b.*|#{1,6}\\s+\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String PREAMBLE = "";

    private ArticleSplitter() {
    }

    public static boolean startsArticle(String line) {
        return ARTICLE_START.matcher(line).matches();
    }

    public static List<Section> split(String text) {
        List<Section> sections = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sections;
        }
        String heading = PREAMBLE;
        StringBuilder body = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (startsArticle(line)) {
                add(sections, heading, body);
                heading = line.strip().replaceFirst("^#{1,6}\\s+", "");
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        add(sections, heading, body);
        return sections;
    }

    private static void add(List<Section> sections, String heading, StringBuilder body) {
        String text = body.toString().strip();
        if (heading.isEmpty() && text.isEmpty()) {
            return;
        }
        sections.add(new Section(heading, text));
    }
}
