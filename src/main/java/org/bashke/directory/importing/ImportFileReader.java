package org.bashke.directory.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an organisations file: CSV (comma or semicolon, as spreadsheets in this region often save it;
 * UTF-8, or Windows-1250 when the bytes are not UTF-8) or Excel (first sheet). The first row names the
 * columns.
 */
public final class ImportFileReader {

    public static final int MAX_ROWS = 5000;

    private ImportFileReader() {
    }

    public static ImportFile read(String fileName, byte[] content) throws ImportFile.Unreadable {
        if (content == null || content.length == 0) {
            throw new ImportFile.Unreadable("directory.import.file.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<List<String>> table;
        List<Integer> numbers = new ArrayList<>();
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || looksLikeZip(content)) {
            table = readWorkbook(content, numbers);
        } else if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
            table = readCsv(content, numbers);
        } else {
            throw new ImportFile.Unreadable("directory.import.file.format");
        }
        return toFile(table, numbers);
    }

    private static ImportFile toFile(List<List<String>> table, List<Integer> numbers) throws ImportFile.Unreadable {
        if (table.isEmpty()) {
            throw new ImportFile.Unreadable("directory.import.file.empty");
        }
        List<String> headers = table.get(0);
        Map<Integer, ImportColumn> byIndex = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        Set<ImportColumn> columns = EnumSet.noneOf(ImportColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header == null || header.isBlank()) {
                continue;
            }
            var column = ImportColumn.ofHeader(header);
            if (column.isPresent() && columns.add(column.get())) {
                byIndex.put(i, column.get());
            } else if (column.isEmpty()) {
                unknown.add(header.strip());
            }
        }
        List<String> missing = new ArrayList<>();
        for (ImportColumn c : ImportColumn.values()) {
            if (c.required() && !columns.contains(c)) {
                missing.add(c.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportFile.Unreadable("directory.import.file.missingColumns", String.join(", ", missing));
        }
        List<ImportFile.Row> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            byIndex.forEach((i, column) -> values.put(column, i < cells.size() ? cells.get(i) : null));
            rows.add(new ImportFile.Row(numbers.get(r), values));
            if (rows.size() > MAX_ROWS) {
                throw new ImportFile.Unreadable("directory.import.file.tooManyRows", MAX_ROWS);
            }
        }
        if (rows.isEmpty()) {
            throw new ImportFile.Unreadable("directory.import.file.noRows");
        }
        return new ImportFile(columns, unknown, rows);
    }

    private static List<List<String>> readCsv(byte[] content, List<Integer> numbers) throws ImportFile.Unreadable {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<List<String>> table = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                table.add(record.toList());
                // the spreadsheet row number: records are counted from 1 (the header row)
                numbers.add((int) record.getRecordNumber());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportFile.Unreadable("directory.import.file.csvBroken");
        }
        return table;
    }

    private static List<List<String>> readWorkbook(byte[] content, List<Integer> numbers) throws ImportFile.Unreadable {
        try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = WorkbookFactory.create(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportFile.Unreadable("directory.import.file.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            // shows numbers and dates the way the sheet displays them (a registration number stays "70012345", not "7.0012345E7")
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            // a cell that is a formula reads as its value, not as "=CONCAT(...)"
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<List<String>> table = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                short last = row.getLastCellNum();
                for (int c = 0; c < Math.max(0, last); c++) {
                    Cell cell = row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    cells.add(cell == null ? null : formatter.formatCellValue(cell, evaluator));
                }
                table.add(cells);
                numbers.add(row.getRowNum() + 1);
                if (table.size() > MAX_ROWS + 2) {
                    throw new ImportFile.Unreadable("directory.import.file.tooManyRows", MAX_ROWS);
                }
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw new ImportFile.Unreadable("directory.import.file.xlsxBroken");
        }
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            // older Excel on Windows in the region saves CSV in the Central European code page
            return new String(content, Charset.forName("windows-1250"));
        }
    }

    private static boolean looksLikeZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
