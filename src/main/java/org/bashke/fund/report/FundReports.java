package org.bashke.fund.report;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Builds the fund's reports: one SQL query groups the year's approved and paid claims by organisation, body,
 * budget line and month; the breakdowns are sums of those groups, so every breakdown adds up to the same totals.
 */
@Component
@Transactional(readOnly = true)
public class FundReports {

    static final String COMMITTED = "CASE WHEN c.status IN ('APPROVED', 'IN_BATCH') THEN c.approved_amount ELSE 0 END";
    static final String SPENT = "CASE WHEN c.status = 'PAID' THEN COALESCE(p.amount, 0) + COALESCE(a.total, 0) ELSE 0 END";
    static final String FROM = """
              FROM support_claim c
              LEFT JOIN support_payment p ON p.claim_id = c.id
              LEFT JOIN (SELECT claim_id, SUM(amount) AS total FROM support_adjustment GROUP BY claim_id) a ON a.claim_id = c.id
             WHERE c.status IN ('APPROVED', 'IN_BATCH', 'PAID')
            """;

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final Council council;
    private final BudgetLines budgetLines;
    private final MessageSource messages;

    FundReports(JdbcTemplate jdbc, Directory directory, Council council, BudgetLines budgetLines, MessageSource messages) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.council = council;
        this.budgetLines = budgetLines;
        this.messages = messages;
    }

    record Group(long organisationId, long bodyId, Long budgetLineId, int month, int claims, BigDecimal committed, BigDecimal spent) {
    }

    /** The years that have approved or paid claims, latest first. */
    public List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT CAST(EXTRACT(YEAR FROM c.meeting_date) AS INT) AS y" + FROM + " ORDER BY y DESC",
                Integer.class);
    }

    public FundReport report(int year, Locale locale) {
        List<Group> groups = jdbc.query("SELECT c.organisation_id, c.body_id, c.budget_line_id, CAST(EXTRACT(MONTH FROM c.meeting_date) AS INT),"
                + " COUNT(*), SUM(" + COMMITTED + "), SUM(" + SPENT + ")" + FROM
                + " AND c.meeting_date >= ? AND c.meeting_date < ? GROUP BY 1, 2, 3, 4",
                (rs, i) -> new Group(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class), rs.getInt(4), rs.getInt(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7)),
                Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));

        Map<Long, OrganisationSummary> orgs = directory.organisations(groups.stream().map(Group::organisationId).distinct().toList())
                .stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        Map<String, String> regionNames = new LinkedHashMap<>();
        for (RegionSummary r : directory.regions()) {
            regionNames.put(r.code(), r.name().display(locale));
        }
        Map<Long, String> bodyNames = council.bodies().stream().collect(Collectors.toMap(BodySummary::id, b -> b.name().display(locale)));
        List<BudgetLine> lines = budgetLines.findByYearOrderByName(year);
        String unknown = messages.getMessage("support.report.unknown", null, locale);

        List<FundReport.Section> sections = new ArrayList<>();
        sections.add(byYear(locale));

        Map<String, Acc> byBody = new LinkedHashMap<>();
        Map<String, Acc> byRegion = new LinkedHashMap<>();
        Map<String, Acc> byLine = new LinkedHashMap<>();
        Map<String, Acc> byMonth = new LinkedHashMap<>();
        regionNames.forEach((code, name) -> byRegion.put(code, new Acc(name, null)));
        lines.forEach(l -> byLine.put(String.valueOf(l.getId()), new Acc(l.getName(), l.getAmount())));
        for (int m = 1; m <= 12; m++) {
            byMonth.put(String.valueOf(m), new Acc(messages.getMessage("support.report.month." + m, null, locale), null));
        }
        Acc totals = new Acc("", null);
        for (Group g : groups) {
            OrganisationSummary org = orgs.get(g.organisationId());
            String region = org == null || org.regionCode() == null ? "-" : org.regionCode();
            byBody.computeIfAbsent(String.valueOf(g.bodyId()), k -> new Acc(bodyNames.getOrDefault(g.bodyId(), "#" + g.bodyId()), null)).add(g);
            byRegion.computeIfAbsent(region, k -> new Acc(regionNames.getOrDefault(k, unknown), null)).add(g);
            String line = g.budgetLineId() == null ? "-" : String.valueOf(g.budgetLineId());
            byLine.computeIfAbsent(line, k -> new Acc(unknown, null)).add(g);
            byMonth.get(String.valueOf(g.month())).add(g);
            totals.add(g);
        }
        sections.add(section("body", byBody, true));
        sections.add(section("region", byRegion, false));
        sections.add(section("line", byLine, false));
        sections.add(section("month", byMonth, false));

        Map<Long, Acc> paid = new LinkedHashMap<>();
        for (Group g : groups) {
            if (g.spent().signum() != 0) {
                paid.computeIfAbsent(g.organisationId(), k -> new Acc("", null)).add(new Group(g.organisationId(), g.bodyId(),
                        g.budgetLineId(), g.month(), g.claims(), BigDecimal.ZERO, g.spent()));
            }
        }
        List<FundReport.Supported> supported = paid.entrySet().stream().map(e -> {
            OrganisationSummary org = orgs.get(e.getKey());
            return new FundReport.Supported(e.getKey(), org == null ? "#" + e.getKey() : org.name().display(locale),
                    org == null || org.regionCode() == null ? unknown : regionNames.getOrDefault(org.regionCode(), unknown),
                    e.getValue().claims, e.getValue().spent);
        }).sorted(Comparator.comparing(FundReport.Supported::paid).reversed().thenComparing(FundReport.Supported::organisation)).toList();

        return new FundReport(year, new FundReport.Figures(totals.committed, totals.spent, totals.claims), sections, supported);
    }

    private FundReport.Section byYear(Locale locale) {
        Map<String, Acc> byYear = new LinkedHashMap<>();
        jdbc.query("SELECT CAST(EXTRACT(YEAR FROM c.meeting_date) AS INT), COUNT(*), SUM(" + COMMITTED + "), SUM(" + SPENT + ")" + FROM
                + " GROUP BY 1 ORDER BY 1 DESC", rs -> {
                    Acc acc = new Acc(String.valueOf(rs.getInt(1)), null);
                    acc.add(new Group(0, 0, null, 0, rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                    byYear.put(String.valueOf(rs.getInt(1)), acc);
                });
        return section("year", byYear, false);
    }

    private static FundReport.Section section(String dimension, Map<String, Acc> rows, boolean sortByTotal) {
        BigDecimal largest = rows.values().stream().map(a -> a.committed.add(a.spent)).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        List<FundReport.Row> out = rows.entrySet().stream().map(e -> {
            Acc a = e.getValue();
            return new FundReport.Row(e.getKey(), a.label, a.budget, a.committed, a.spent, a.claims,
                    ChartScale.width(a.spent, largest, FundReport.BAR_WIDTH), ChartScale.width(a.committed, largest, FundReport.BAR_WIDTH));
        }).toList();
        if (sortByTotal) {
            out = out.stream().sorted(Comparator.comparing(FundReport.Row::total).reversed().thenComparing(FundReport.Row::label)).toList();
        }
        return new FundReport.Section(dimension, out);
    }

    /** Sums of groups under one label. */
    static final class Acc {
        final String label;
        final BigDecimal budget;
        BigDecimal committed = BigDecimal.ZERO.setScale(2);
        BigDecimal spent = BigDecimal.ZERO.setScale(2);
        int claims;

        Acc(String label, BigDecimal budget) {
            this.label = label;
            this.budget = budget;
        }

        void add(Group g) {
            committed = committed.add(g.committed());
            spent = spent.add(g.spent());
            claims += g.claims();
        }
    }
}
