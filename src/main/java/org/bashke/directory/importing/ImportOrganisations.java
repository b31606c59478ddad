package org.bashke.directory.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.bashke.audit.AuditLog;
import org.bashke.directory.organisation.Organisations;
import org.bashke.directory.organisation.SaveOrganisation;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat imports organisations from a file. Nothing is written while any row is wrong:
 * the report lists every problem, and the person either imports the valid rows and skips the rest
 * (the rows wait server-side, so no second upload) or fixes the file and uploads it again. Whatever
 * set is imported goes in one transaction: all of it, or none.
 */
@Component
public class ImportOrganisations {

    /** How long an upload waits for a decision before it is cleared away. */
    static final Duration KEEP = Duration.ofDays(7);

    public enum State { PENDING, IMPORTED, DISCARDED }

    /** What the report page shows. Counts of {@code created/updated/skipped} are set once imported. */
    public record Report(UUID token, String fileName, State state, int rowCount, int validCount, int newCount, int updateCount,
                         List<RowProblem> problems, List<Integer> invalidRows, List<String> unknownHeaders,
                         int created, int updated, int skipped) {

        public int invalidCount() {
            return invalidRows.size();
        }
    }

    /** The upload was read: its token (for the report page), or why the file could not be read at all. */
    public record Upload(UUID token, String errorKey, Object[] errorArgs) {
        public boolean readable() {
            return token != null;
        }
    }

    private final PendingImports pending;
    private final ImportRowChecker checker;
    private final SaveOrganisation save;
    private final Organisations organisations;
    private final AuditLog audit;

    ImportOrganisations(PendingImports pending, ImportRowChecker checker, SaveOrganisation save, Organisations organisations,
                        AuditLog audit) {
        this.pending = pending;
        this.checker = checker;
        this.save = save;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** Reads and checks the file; when every row is valid they are imported at once. */
    @Transactional
    public Upload upload(String user, String fileName, byte[] content) {
        ImportFile file;
        try {
            file = ImportFileReader.read(fileName, content);
        } catch (ImportFile.Unreadable e) {
            return new Upload(null, e.key(), e.args());
        }
        pending.deleteOlderThan(Instant.now().minus(KEEP));
        String name = fileName == null || fileName.isBlank() ? "-" : fileName.strip();
        PendingImport upload = pending.save(new PendingImport(user, name, toCsv(file), file.rows().size(),
                String.join(", ", file.unknownHeaders()), Instant.now()));
        audit.record("directory.organisations.import-uploaded", "organisation-import", upload.getToken(), null,
                Map.of("file", name, "rows", file.rows().size()));
        List<ImportRowChecker.CheckedRow> rows = checker.check(file);
        if (rows.stream().allMatch(ImportRowChecker.CheckedRow::valid)) {
            apply(upload, rows);
        }
        return new Upload(upload.getToken(), null, null);
    }

    @Transactional(readOnly = true)
    public Report report(UUID token, String user) {
        PendingImport upload = find(token, user);
        List<ImportRowChecker.CheckedRow> rows = upload.getState() == PendingImport.State.PENDING
                ? checker.check(fromCsv(upload.getRowsCsv())) : List.of();
        List<RowProblem> problems = rows.stream().flatMap(r -> r.problems().stream()).toList();
        List<Integer> invalid = rows.stream().filter(r -> !r.valid()).map(ImportRowChecker.CheckedRow::number).toList();
        List<ImportRowChecker.CheckedRow> valid = rows.stream().filter(ImportRowChecker.CheckedRow::valid).toList();
        List<String> unknown = upload.getUnknownHeaders().isBlank() ? List.of() : List.of(upload.getUnknownHeaders().split(", "));
        return new Report(upload.getToken(), upload.getFileName(), State.valueOf(upload.getState().name()), upload.getRowCount(),
                valid.size(), (int) valid.stream().filter(r -> r.updates() == null).count(),
                (int) valid.stream().filter(r -> r.updates() != null).count(), problems, invalid, unknown,
                upload.getCreatedCount(), upload.getUpdatedCount(), upload.getSkippedCount());
    }

    /**
     * Imports the rows that are valid now (checked again: the directory may have changed since the
     * upload) and skips the others.
     */
    @Transactional
    public void importValidRows(UUID token, String user) {
        PendingImport upload = find(token, user);
        if (upload.getState() != PendingImport.State.PENDING) {
            return;
        }
        apply(upload, checker.check(fromCsv(upload.getRowsCsv())));
    }

    @Transactional
    public void discard(UUID token, String user) {
        PendingImport upload = find(token, user);
        if (upload.getState() == PendingImport.State.PENDING) {
            upload.discarded(Instant.now());
            pending.save(upload);
            audit.record("directory.organisations.import-discarded", "organisation-import", token, null,
                    Map.of("file", upload.getFileName()));
        }
    }

    private void apply(PendingImport upload, List<ImportRowChecker.CheckedRow> rows) {
        int created = 0;
        int updated = 0;
        int skipped = 0;
        for (ImportRowChecker.CheckedRow row : rows) {
            if (!row.valid()) {
                skipped++;
            } else if (row.updates() == null) {
                save.createChecked(row.details(), null);
                created++;
            } else {
                save.updateChecked(organisations.findById(row.updates()).orElseThrow(), row.details(), null);
                updated++;
            }
        }
        upload.imported(created, updated, skipped, Instant.now());
        pending.save(upload);
        audit.record("directory.organisations.imported", "organisation-import", upload.getToken(), null,
                Map.of("file", upload.getFileName(), "created", created, "updated", updated, "skipped", skipped));
    }

    private PendingImport find(UUID token, String user) {
        // an upload belongs to whoever made it: it holds their file, and the choice is theirs
        return pending.findById(token).filter(p -> p.getCreatedBy().equals(user))
                .orElseThrow(() -> new NotFoundException("import", token));
    }

    private static final String ROW = "row";

    static String toCsv(ImportFile file) {
        List<ImportColumn> columns = new ArrayList<>(file.columns());
        List<String> header = new ArrayList<>();
        header.add(ROW);
        columns.forEach(c -> header.add(c.header()));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (ImportFile.Row row : file.rows()) {
                List<String> values = new ArrayList<>();
                values.add(String.valueOf(row.number()));
                columns.forEach(c -> values.add(Optional.ofNullable(row.values().get(c)).orElse("")));
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static ImportFile fromCsv(String csv) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            Set<ImportColumn> columns = EnumSet.noneOf(ImportColumn.class);
            parser.getHeaderNames().stream().filter(h -> !h.equals(ROW)).forEach(h -> columns.add(ImportColumn.ofHeader(h).orElseThrow()));
            List<ImportFile.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
                columns.forEach(c -> values.put(c, record.get(c.header())));
                rows.add(new ImportFile.Row(Integer.parseInt(record.get(ROW)), values));
            }
            return new ImportFile(columns, List.of(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
