package org.bashke.architecture;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module's interface text exists in all three languages: the build fails on a key missing from
 * any language, an empty message, Serbian written in Cyrillic (we store Latin and transliterate on
 * display), or a template that names a message no bundle has.
 */
class MessageBundlesTest {

    static final Path I18N = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final List<String> LANGUAGES = List.of("sq", "sr", "en");

    /** Keys under {@code verbatim.} are shown as written (the brand, language names in their own script). */
    static final String VERBATIM = "verbatim.";

    /** {@code #{some.key}} or {@code #{some.key(${arg})}}; a key built from an expression is not constant. */
    static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)\\s*[}(]");

    static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @Test
    void every_module_has_its_messages_in_albanian_serbian_and_english_with_the_same_keys() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String module : modules()) {
            Map<String, Properties> bundles = new TreeMap<>();
            for (String language : LANGUAGES) {
                Path file = I18N.resolve(module + "_" + language + ".properties");
                if (!Files.isRegularFile(file)) {
                    problems.add(file + " is missing");
                    continue;
                }
                bundles.put(language, load(file));
            }
            Set<String> allKeys = new TreeSet<>();
            bundles.values().forEach(p -> allKeys.addAll(p.stringPropertyNames()));
            bundles.forEach((language, properties) -> {
                Set<String> missing = new TreeSet<>(allKeys);
                missing.removeAll(properties.stringPropertyNames());
                if (!missing.isEmpty()) {
                    problems.add(module + "_" + language + ".properties lacks " + missing.size() + " key(s): "
                            + String.join(", ", missing));
                }
            });
        }
        if (!problems.isEmpty()) {
            fail(report("Message bundles out of step", problems));
        }
    }

    @Test
    void no_message_is_empty() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : bundleFiles()) {
            load(file).forEach((key, value) -> {
                if (value.toString().isBlank()) {
                    problems.add(file.getFileName() + ": " + key + " is empty");
                }
            });
        }
        if (!problems.isEmpty()) {
            fail(report("Empty messages", problems));
        }
    }

    @Test
    void serbian_messages_are_stored_in_latin_script() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : bundleFiles()) {
            if (!file.getFileName().toString().endsWith("_sr.properties")) {
                continue;
            }
            load(file).forEach((key, value) -> {
                if (!key.toString().startsWith(VERBATIM) && CYRILLIC.matcher(value.toString()).find()) {
                    problems.add(file.getFileName() + ": " + key + " = " + value);
                }
            });
        }
        if (!problems.isEmpty()) {
            fail(report("Serbian messages in Cyrillic (write them in Latin; Cyrillic is generated)",
                problems));
        }
    }

    @Test
    void every_message_a_template_names_exists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path file : bundleFiles()) {
            if (file.getFileName().toString().endsWith("_sq.properties")) {
                known.addAll(load(file).stringPropertyNames());
            }
        }
        List<String> problems = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template : templates.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(template, StandardCharsets.UTF_8);
                Matcher m = MESSAGE_EXPRESSION.matcher(text);
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        problems.add(TEMPLATES.relativize(template) + " line " + lineOf(text, m.start()) + ": #{"
                                + m.group(1) + "}");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(report("Templates name messages that no i18n/*_sq.properties has", problems));
        }
    }

    static Set<String> modules() throws IOException {
        Set<String> modules = new TreeSet<>();
        for (Path file : bundleFiles()) {
            String name = file.getFileName().toString();
            int underscore = name.lastIndexOf('_');
            if (underscore > 0) {
                modules.add(name.substring(0, underscore));
            }
        }
        return modules;
    }

    static List<Path> bundleFiles() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList();
        }
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    static String report(String title, List<String> problems) {
        return title + " (" + problems.size() + "):\n  " + String.join("\n  ", problems) + "\n";
    }
}
