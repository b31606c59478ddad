package org.bashke.monitoring.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.monitoring.obligation.MonitoringClock;
import org.bashke.monitoring.obligation.MonitoringRuleException;
import org.bashke.monitoring.obligation.ObligationAccess;
import org.bashke.monitoring.plan.EditPlan;
import org.bashke.monitoring.plan.Measure;
import org.bashke.monitoring.plan.MeasureRepository;
import org.bashke.monitoring.plan.Objective;
import org.bashke.monitoring.plan.ObjectiveRepository;
import org.bashke.monitoring.plan.StrategyRepository;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.stereotype.Service;

/**
 * Imports an action plan from XLSX or CSV, one row per activity. Columns (header names, any order, case
 * ignored): {@code objective, measure, code, title_sq, title_sr, title_en, institution, supporting, deadline,
 * budget_eur, budget_source}, and optionally {@code objective_title_sq/sr/en}, {@code measure_title_sq/sr/en}
 * to create an objective or measure not yet in the plan. Institutions by directory name (any language),
 * acronym or id; supporting ones separated by {@code ;}. Each row is validated and saved on its own: a bad row
 * is reported and skipped, the others are kept. A row whose code exists updates that activity; a changed
 * deadline is recorded as a deadline move with the import as its reason.
 */
@Service("monitoringActionPlanImport")
public class ActionPlanImport {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, ERROR }

    /** What happened to one row (numbered as in the spreadsheet, header = 1). */
    public record RowResult(int row, String code, Outcome outcome, String messageKey, String detail) {
    }

    public record Report(List<RowResult> rows) {
        public long count(Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }

        public List<RowResult> errors() {
            return rows.stream().filter(r -> r.outcome() == Outcome.ERROR).toList();
        }
    }

    /** The file itself is unreadable or has no usable header; nothing was imported. */
    public static class Unreadable extends RuntimeException {
        private final String messageKey;

        public Unreadable(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    static final List<String> REQUIRED = List.of("objective", "measure", "code", "institution", "deadline");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

    private final EditPlan plan;
    private final StrategyRepository strategies;
    private final ObjectiveRepository objectives;
    private final MeasureRepository measures;
    private final Directory directory;
    private final ObligationAccess access;
    private final AuditLog audit;
    private final MonitoringClock clock;

    ActionPlanImport(EditPlan plan, StrategyRepository strategies, ObjectiveRepository objectives, MeasureRepository measures,
                     Directory directory, ObligationAccess access, AuditLog audit, MonitoringClock clock) {
        this.plan = plan;
        this.strategies = strategies;
        this.objectives = objectives;
        this.measures = measures;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public Report importFile(long strategyId, String filename, byte[] content) {
        access.requireSecretariat();
        strategies.findById(strategyId).orElseThrow(() -> new NotFoundException("strategy", strategyId));
        List<Map<String, String>> rows = isZip(content) ? readXlsx(content) : readCsv(content);
        Map<String, Long> institutions = institutionIndex();
        String reason = "Import: " + filename + " (" + clock.today() + ")";
        List<RowResult> results = new ArrayList<>();
        int rowNumber = 1;
        for (Map<String, String> row : rows) {
            rowNumber++;
            if (row.values().stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            results.add(importRow(strategyId, rowNumber, row, institutions, reason));
        }
        Report report = new Report(results);
        audit.record("monitoring.plan.imported", "monitoring-strategy", strategyId, null, Map.of("file", filename,
                "created", report.count(Outcome.CREATED), "updated", report.count(Outcome.UPDATED),
                "unchanged", report.count(Outcome.UNCHANGED), "errors", report.count(Outcome.ERROR)));
        return report;
    }

    private RowResult importRow(long strategyId, int rowNumber, Map<String, String> row, Map<String, Long> institutions, String reason) {
        String code = get(row, "code");
        try {
            if (code == null || !code.matches("[A-Za-z0-9._-]{1,40}")) {
                return error(rowNumber, code, "monitoring.import.error.code", null);
            }
            String objectiveCode = get(row, "objective");
            String measureCode = get(row, "measure");
            if (objectiveCode == null || measureCode == null) {
                return error(rowNumber, code, "monitoring.import.error.objectiveMeasure", null);
            }
            LocalizedText title = text(get(row, "title_sq"), get(row, "title_sr"), get(row, "title_en"));
            if (title == null) {
                return error(rowNumber, code, "monitoring.import.error.title", null);
            }
            Long institution = institution(get(row, "institution"), institutions);
            if (institution == null) {
                return error(rowNumber, code, "monitoring.import.error.institution", get(row, "institution"));
            }
            List<Long> supporters = new ArrayList<>();
            String supporting = get(row, "supporting");
            if (supporting != null) {
                for (String name : supporting.split(";")) {
                    if (name.isBlank()) {
                        continue;
                    }
                    Long id = institution(name, institutions);
                    if (id == null) {
                        return error(rowNumber, code, "monitoring.import.error.institution", name.strip());
                    }
                    supporters.add(id);
                }
            }
            LocalDate deadline = date(get(row, "deadline"));
            if (deadline == null) {
                return error(rowNumber, code, "monitoring.import.error.deadline", get(row, "deadline"));
            }
            BigDecimal budget = null;
            String budgetText = get(row, "budget_eur");
            if (budgetText != null) {
                try {
                    budget = new BigDecimal(budgetText.replace(" ", "").replace(',', '.'));
                } catch (NumberFormatException e) {
                    return error(rowNumber, code, "monitoring.import.error.budget", budgetText);
                }
            }
            ensureStructure(strategyId, objectiveCode, measureCode, row);
            EditPlan.Saved saved = plan.saveActivity(new EditPlan.ActivityValues(strategyId, objectiveCode, measureCode, code, title,
                    institution, supporters, deadline, budget, get(row, "budget_source")), reason);
            return new RowResult(rowNumber, code, Outcome.valueOf(saved.name()), null, null);
        } catch (MonitoringRuleException e) {
            return error(rowNumber, code, e.messageKey(), null);
        }
    }

    /** An objective or measure not yet in the plan is created when the row gives its title. */
    private void ensureStructure(long strategyId, String objectiveCode, String measureCode, Map<String, String> row) {
        Optional<Objective> objective = objectives.findByStrategyIdAndCode(strategyId, objectiveCode);
        long objectiveId;
        if (objective.isEmpty()) {
            LocalizedText t = text(get(row, "objective_title_sq"), get(row, "objective_title_sr"), get(row, "objective_title_en"));
            if (t == null) {
                throw new MonitoringRuleException("objectiveCode", "monitoring.rule.objective.unknown");
            }
            objectiveId = plan.addObjective(strategyId, objectiveCode, t);
        } else {
            objectiveId = objective.get().getId();
        }
        Optional<Measure> measure = measures.findByObjectiveIdAndCode(objectiveId, measureCode);
        if (measure.isEmpty()) {
            LocalizedText t = text(get(row, "measure_title_sq"), get(row, "measure_title_sr"), get(row, "measure_title_en"));
            if (t == null) {
                throw new MonitoringRuleException("measureCode", "monitoring.rule.measure.unknown");
            }
            plan.addMeasure(objectiveId, measureCode, t);
        }
    }

    private static RowResult error(int row, String code, String key, String detail) {
        return new RowResult(row, code, Outcome.ERROR, key, detail);
    }

    private Map<String, Long> institutionIndex() {
        Map<String, Long> index = new HashMap<>();
        for (OrganisationSummary o : directory.activeOrganisations(null)) {
            index.put(String.valueOf(o.id()), o.id());
            if (o.acronym() != null) {
                index.putIfAbsent(fold(o.acronym()), o.id());
            }
            for (Language l : Language.values()) {
                String name = o.name().get(l);
                if (name != null) {
                    index.putIfAbsent(fold(name), o.id());
                }
            }
        }
        return index;
    }

    private static Long institution(String text, Map<String, Long> index) {
        return text == null ? null : index.get(fold(text));
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static LocalizedText text(String sq, String sr, String en) {
        if (sq == null && sr == null && en == null) {
            return null;
        }
        Language original = sq != null ? Language.SQ : sr != null ? Language.SR : Language.EN;
        return LocalizedText.of(original, sq, sr, en);
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text.strip(), f);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return null;
    }

    private static String get(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<Map<String, String>> readCsv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            requireHeader(header);
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    row.put(header.get(i), r.get(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable("monitoring.import.error.file");
        }
    }

    private static List<Map<String, String>> readXlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new Unreadable("monitoring.import.error.header");
            }
            List<String> header = new ArrayList<>();
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                Cell cell = headerRow.getCell(c);
                header.add(cell == null ? "" : formatter.formatCellValue(cell).strip().toLowerCase(Locale.ROOT));
            }
            requireHeader(header);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    values.put(header.get(c), cell == null ? null : cellText(cell, formatter));
                }
                rows.add(values);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable u) {
                throw u;
            }
            throw new Unreadable("monitoring.import.error.file");
        }
    }

    /** Dates typed as dates in Excel come back as ISO dates; everything else as shown. */
    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static void requireHeader(List<String> header) {
        if (!header.containsAll(REQUIRED)) {
            throw new Unreadable("monitoring.import.error.header");
        }
    }
}
