package org.bashke.architecture;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Interface text comes only from the message bundles, so it exists in all three languages: a template
 * that shows a word not produced by {@code th:text} (or a fragment that replaces it) fails the build,
 * and so does a {@code title}, {@code placeholder}, {@code alt} or {@code aria-label} written as a
 * literal. Prototype text inside an element whose content Thymeleaf replaces is fine.
 */
class LiteralTextInTemplatesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Attributes whose value replaces the element's whole content. */
    static final Set<String> CONTENT_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:errors", "th:substituteby", "th:include");

    static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label");

    static final Set<String> IGNORED_ELEMENTS = Set.of("script", "style");

    /** Parser-level comments {@code <!--/* ... *}{@code /-->} and {@code <!--/*--> ... <!--*}{@code /-->}: never rendered. */
    static final Pattern PARSER_COMMENT = Pattern.compile("<!--/\\*.*?\\*/-->", Pattern.DOTALL);

    /** Inlined expressions {@code [[...]]} and {@code [(...)]} are produced by Thymeleaf, not literal. */
    static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void templates_show_no_literal_text() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document document = parse(template);
            String file = TEMPLATES.relativize(template).toString();
            for (Element element : document.getAllElements()) {
                if (ignored(element) || contentReplaced(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    String literal = INLINED.matcher(text.getWholeText()).replaceAll("").strip();
                    if (LETTER.matcher(literal).find()) {
                        problems.add(file + ": " + describe(element) + " shows \"" + shorten(literal) + "\"");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(MessageBundlesTest.report(
                "Literal text in templates (use th:text=\"#{module.page.thing}\")", problems));
        }
    }

    @Test
    void titles_placeholders_alternative_texts_and_aria_labels_come_from_messages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document document = parse(template);
            String file = TEMPLATES.relativize(template).toString();
            for (Element element : document.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    if (checkedAttribute(element, name) && LETTER.matcher(attribute.getValue()).find()
                            && !thymeleafSets(element, name)) {
                        problems.add(file + ": " + describe(element) + " has literal " + name + "=\""
                                + shorten(attribute.getValue()) + "\"");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(MessageBundlesTest.report(
                "Literal text in attributes (use th:title / th:placeholder / th:alt / th:attr=\"aria-label=#{...}\")",
                problems));
        }
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".html"))
                    .sorted().toList();
        }
    }

    static Document parse(Path template) throws IOException {
        // removed, but their line breaks kept so that reported line numbers match the file
        String source = PARSER_COMMENT.matcher(Files.readString(template, StandardCharsets.UTF_8))
                .replaceAll(m -> "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()));
        return Jsoup.parse(source, "", Parser.htmlParser().setTrackPosition(true));
    }

    static boolean ignored(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (IGNORED_ELEMENTS.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** True when this element or one around it has its content produced by Thymeleaf. */
    static boolean contentReplaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            // <html th:replace="~{layout/public :: page(~{::title}, ~{::section})}"> hands its own
            // title and section to the layout: their text is shown, so it does not count
            if (e.normalName().equals("html")) {
                continue;
            }
            for (Attribute a : e.attributes()) {
                String name = thymeleafName(a.getKey());
                if (CONTENT_REPLACING.contains(name)) {
                    return true;
                }
                if (name.equals("th:remove") && (a.getValue().contains("all") || a.getValue().contains("body"))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean checkedAttribute(Element element, String name) {
        if (TEXT_ATTRIBUTES.contains(name)) {
            return true;
        }
        // the label of a button written as an input
        return name.equals("value") && element.normalName().equals("input")
                && Set.of("submit", "button", "reset").contains(element.attr("type").toLowerCase(Locale.ROOT));
    }

    static boolean thymeleafSets(Element element, String name) {
        for (Attribute a : element.attributes()) {
            String key = thymeleafName(a.getKey());
            if (key.equals("th:" + name)) {
                return true;
            }
            if ((key.equals("th:attr") || key.equals("th:attrappend") || key.equals("th:attrprepend"))
                    && Pattern.compile("(^|[,\\s])" + Pattern.quote(name) + "\\s*=").matcher(a.getValue()).find()) {
                return true;
            }
            if (key.equals("th:alt-title") && (name.equals("alt") || name.equals("title"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code data-th-text} is the same as {@code th:text}. */
    static String thymeleafName(String attribute) {
        String name = attribute.toLowerCase(Locale.ROOT);
        return name.startsWith("data-th-") ? "th:" + name.substring("data-th-".length()) : name;
    }

    static String describe(Element element) {
        StringBuilder sb = new StringBuilder("<").append(element.tagName());
        if (!element.id().isEmpty()) {
            sb.append(" id=\"").append(element.id()).append('"');
        }
        if (!element.className().isEmpty()) {
            sb.append(" class=\"").append(element.className()).append('"');
        }
        sb.append('>');
        int line = element.sourceRange().start().lineNumber();
        return line > 0 ? sb + " (line " + line + ")" : sb.toString();
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
    }
}
