package org.bashke.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the permission matrix, {@code src/test/resources/permissions/*.csv} (format: README.md in that
 * folder). Used by PermissionMatrixTest and by the journey that checks every public page with axe.
 */
public final class PermissionRows {

    public static final String HEADER = "method,path," + String.join(",", MatrixPrincipals.COLUMNS);
    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private PermissionRows() {
    }

    /** One line of a file: a request and, per column of {@link MatrixPrincipals#COLUMNS}, allowed or not. */
    public record Row(String file, int line, String method, String path, List<Boolean> allowed) {

        public String where() {
            return "permissions/" + file + ":" + line;
        }

        /** Whether the file says {@code column} (e.g. {@code "anonymous"}) may make this request. */
        /** A GET of a page a browser shows (not a file it downloads: calendar, feed, data, document). */
        public boolean isPage() {
            String route = path.split("\\?")[0];
            // downloads are not pages: by extension, or a stored file served from its record's route
            return "GET".equals(method) && !route.matches(".*\\.(csv|ics|atom|xml|json|pdf|docx|xlsx)$")
                    && !route.matches(".*/(papers|files|documents|evidence)/[^/]+(/versions/[^/]+)?$")
                    && !route.endsWith("/attachment");
        }

        public boolean allows(String column) {
            return allowed.get(MatrixPrincipals.COLUMNS.indexOf(column));
        }
    }

    /** Every row of every {@code permissions/*.csv} on the classpath; malformed lines go to {@code problems}. */
    public static List<Row> read(List<String> problems) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:permissions/*.csv");
        List<Row> rows = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        for (Resource file : files) {
            String name = file.getFilename();
            boolean headerSeen = false;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    String text = line.strip();
                    if (text.isEmpty() || text.startsWith("#")) {
                        continue;
                    }
                    String where = "permissions/" + name + ":" + number;
                    if (!headerSeen) {
                        headerSeen = true;
                        // the brief's early wording of the header is accepted too
                        String header = text.replace(" ", "").toLowerCase(Locale.ROOT)
                                .replace(",path-with-sample-ids,", ",path,");
                        if (!header.equals(HEADER)) {
                            problems.add(where + ": the first line must be the header " + HEADER);
                        }
                        continue;
                    }
                    parse(name, number, text, problems).ifPresent(row -> {
                        if (keys.add(row.method() + " " + row.path())) {
                            rows.add(row);
                        } else {
                            problems.add(where + ": " + row.method() + " " + row.path() + " is listed twice");
                        }
                    });
                }
            }
        }
        return rows;
    }

    private static Optional<Row> parse(String file, int line, String text, List<String> problems) {
        String where = "permissions/" + file + ":" + line;
        String[] cells = text.split(",", -1);
        if (cells.length != 2 + MatrixPrincipals.COLUMNS.size()) {
            problems.add(where + ": expected " + (2 + MatrixPrincipals.COLUMNS.size()) + " cells, found " + cells.length);
            return Optional.empty();
        }
        String method = cells[0].strip().toUpperCase(Locale.ROOT);
        String path = cells[1].strip();
        if (!METHODS.contains(method)) {
            problems.add(where + ": unknown method " + cells[0]);
            return Optional.empty();
        }
        if (!path.startsWith("/") || path.contains("{")) {
            problems.add(where + ": path must be concrete and start with / (sample ids instead of {variables}): " + path);
            return Optional.empty();
        }
        List<Boolean> allowed = new ArrayList<>();
        for (int i = 2; i < cells.length; i++) {
            String cell = cells[i].strip();
            if (!cell.equals("allow") && !cell.equals("deny")) {
                problems.add(where + ": " + MatrixPrincipals.COLUMNS.get(i - 2) + " must be allow or deny, not '" + cell + "'");
                return Optional.empty();
            }
            allowed.add(cell.equals("allow"));
        }
        return Optional.of(new Row(file, line, method, path, allowed));
    }
}
