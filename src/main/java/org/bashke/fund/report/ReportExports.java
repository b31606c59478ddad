package org.bashke.fund.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bashke.council.BodySummary;
import org.bashke.council.Council;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.RegionSummary;
import org.bashke.fund.budget.BudgetLine;
import org.bashke.fund.budget.BudgetLines;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports and the claims as files: CSV (UTF-8) and XLSX, column names and labels in the reader's language,
 * amounts as plain numbers with two decimals.
 */
@Component
@Transactional(readOnly = true)
public class ReportExports {

    static final List<String> REPORT_COLUMNS = List.of("dimension", "label", "budget", "committed", "spent", "total", "claims");
    static final List<String> CLAIM_COLUMNS = List.of("reference", "status", "meetingDate", "meeting", "organisation", "region", "body",
            "budgetLine", "claimed", "approved", "batch", "paidOn", "paymentReference", "paid", "adjustments");

    private final FundReports reports;
    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final Council council;
    private final BudgetLines budgetLines;
    private final MessageSource messages;

    ReportExports(FundReports reports, JdbcTemplate jdbc, Directory directory, Council council, BudgetLines budgetLines,
                  MessageSource messages) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.directory = directory;
        this.council = council;
        this.budgetLines = budgetLines;
        this.messages = messages;
    }

    /** One claim as exported. */
    public record ClaimRow(String reference, String status, LocalDate meetingDate, String meeting, String organisation, String region,
                           String body, String budgetLine, BigDecimal claimed, BigDecimal approved, String batch, LocalDate paidOn,
                           String paymentReference, BigDecimal paid, BigDecimal adjustments) {

        List<Object> cells() {
            List<Object> c = new ArrayList<>();
            c.add(reference);
            c.add(status);
            c.add(meetingDate);
            c.add(meeting);
            c.add(organisation);
            c.add(region);
            c.add(body);
            c.add(budgetLine);
            c.add(claimed);
            c.add(approved);
            c.add(batch);
            c.add(paidOn);
            c.add(paymentReference);
            c.add(paid);
            c.add(adjustments);
            return c;
        }
    }

    record Raw(long id, LocalDate meetingDate, String status, long organisationId, long bodyId, String meeting, BigDecimal claimed,
               BigDecimal approved, Long budgetLineId, String batch, LocalDate paidOn, String paymentReference, BigDecimal paid,
               BigDecimal adjustments) {
    }

    /** Claims of the filter's year (every status but drafts), in meeting order. */
    public List<ClaimRow> claims(ClaimFilter filter, Locale locale) {
        StringBuilder sql = new StringBuilder("""
                SELECT c.id, c.meeting_date, c.status, c.organisation_id, c.body_id, c.meeting_title, c.claimed_amount, c.approved_amount,
                       c.budget_line_id, b.reference, c.paid_on, c.payment_reference, p.amount, a.total
                  FROM support_claim c
                  LEFT JOIN support_payment_batch b ON b.id = c.batch_id
                  LEFT JOIN support_payment p ON p.claim_id = c.id
                  LEFT JOIN (SELECT claim_id, SUM(amount) AS total FROM support_adjustment GROUP BY claim_id) a ON a.claim_id = c.id
                 WHERE c.status <> 'DRAFT' AND c.meeting_date >= ? AND c.meeting_date < ?""");
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(LocalDate.of(filter.year(), 1, 1)),
                Date.valueOf(LocalDate.of(filter.year() + 1, 1, 1))));
        if (filter.status() != null) {
            sql.append(" AND c.status = ?");
            args.add(filter.status().name());
        }
        if (filter.bodyId() != null) {
            sql.append(" AND c.body_id = ?");
            args.add(filter.bodyId());
        }
        if (filter.budgetLineId() != null) {
            sql.append(" AND c.budget_line_id = ?");
            args.add(filter.budgetLineId());
        }
        sql.append(" ORDER BY c.meeting_date, c.id");
        List<Raw> raws = jdbc.query(sql.toString(), (rs, i) -> new Raw(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), (Long) rs.getObject(9, Long.class),
                rs.getString(10), rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate(), rs.getString(12), rs.getBigDecimal(13),
                rs.getBigDecimal(14)), args.toArray());

        Map<Long, OrganisationSummary> orgs = directory.organisations(raws.stream().map(Raw::organisationId).distinct().toList())
                .stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        Map<String, String> regions = directory.regions().stream().collect(Collectors.toMap(RegionSummary::code, r -> r.name().display(locale)));
        Map<Long, String> bodies = council.bodies().stream().collect(Collectors.toMap(BodySummary::id, b -> b.name().display(locale)));
        Map<Long, String> lines = budgetLines.findByYearOrderByName(filter.year()).stream()
                .collect(Collectors.toMap(BudgetLine::getId, BudgetLine::getName));
        return raws.stream()
                .filter(r -> filter.region() == null || (orgs.containsKey(r.organisationId())
                        && filter.region().equals(orgs.get(r.organisationId()).regionCode())))
                .map(r -> {
                    OrganisationSummary org = orgs.get(r.organisationId());
                    return new ClaimRow("BSH-" + r.meetingDate().getYear() + "-" + r.id(),
                            messages.getMessage("support.status." + r.status(), null, locale), r.meetingDate(), r.meeting(),
                            org == null ? "#" + r.organisationId() : org.name().display(locale),
                            org == null || org.regionCode() == null ? "" : regions.getOrDefault(org.regionCode(), org.regionCode()),
                            bodies.getOrDefault(r.bodyId(), "#" + r.bodyId()),
                            r.budgetLineId() == null ? "" : lines.getOrDefault(r.budgetLineId(), "#" + r.budgetLineId()),
                            r.claimed(), r.approved(), r.batch(), r.paidOn(), r.paymentReference(), r.paid(), r.adjustments());
                }).toList();
    }

    public byte[] claimsCsv(ClaimFilter filter, Locale locale) {
        return csv(header("support.report.claim.", CLAIM_COLUMNS, locale), claims(filter, locale).stream().map(ClaimRow::cells).toList());
    }

    public byte[] claimsXlsx(ClaimFilter filter, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            sheet(book, messages.getMessage("support.report.claims.sheet", null, locale), header("support.report.claim.", CLAIM_COLUMNS, locale),
                    claims(filter, locale).stream().map(ClaimRow::cells).toList());
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] reportCsv(int year, Locale locale) {
        FundReport report = reports.report(year, locale);
        List<List<Object>> rows = new ArrayList<>();
        for (FundReport.Section s : report.sections()) {
            String dimension = messages.getMessage("support.report.by." + s.dimension(), null, locale);
            for (FundReport.Row r : s.rows()) {
                rows.add(reportCells(dimension, r));
            }
        }
        return csv(header("support.report.column.", REPORT_COLUMNS, locale), rows);
    }

    /** One sheet per breakdown. */
    public byte[] reportXlsx(int year, Locale locale) {
        FundReport report = reports.report(year, locale);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            for (FundReport.Section s : report.sections()) {
                String dimension = messages.getMessage("support.report.by." + s.dimension(), null, locale);
                sheet(book, dimension, header("support.report.column.", REPORT_COLUMNS, locale),
                        s.rows().stream().map(r -> reportCells(dimension, r)).toList());
            }
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> reportCells(String dimension, FundReport.Row r) {
        List<Object> c = new ArrayList<>();
        c.add(dimension);
        c.add(r.label());
        c.add(r.budget());
        c.add(r.committed());
        c.add(r.spent());
        c.add(r.total());
        c.add(r.claims());
        return c;
    }

    private List<String> header(String prefix, List<String> columns, Locale locale) {
        return columns.stream().map(c -> messages.getMessage(prefix + c, null, locale)).toList();
    }

    private static byte[] csv(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(ReportExports::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        return value.toString();
    }

    private static void sheet(XSSFWorkbook book, String name, List<String> header, List<List<Object>> rows) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row head = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            head.createCell(i).setCellValue(header.get(i));
        }
        CellStyle money = book.createCellStyle();
        money.setDataFormat(book.createDataFormat().getFormat("0.00"));
        int r = 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                var cell = row.createCell(i);
                if (v instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                    cell.setCellStyle(money);
                } else if (v instanceof Integer n) {
                    cell.setCellValue(n);
                } else if (v != null) {
                    cell.setCellValue(v.toString());
                }
            }
        }
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        }
    }
}
