package org.bashke.fund.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bashke.council.BodySummary;
import org.bashke.council.Council;
import org.bashke.directory.Directory;
import org.bashke.directory.MunicipalitySummary;
import org.bashke.directory.OrganisationSummary;
import org.bashke.fund.PaidToOrganisation;
import org.bashke.fund.ParticipationFund;
import org.bashke.fund.claim.StartClaim;
import org.bashke.fund.rules.DistanceTable;
import org.bashke.fund.rules.RulesInForce;
import org.bashke.fund.rules.RulesVersion;
import org.bashke.fund.rules.RulesVersions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public side of the fund: what was paid to whom, per year, and the published rules. */
@Controller
class FundPublicController {

    private final ParticipationFund fund;
    private final Directory directory;
    private final Council council;
    private final RulesVersions rules;
    private final DistanceTable distances;

    FundPublicController(ParticipationFund fund, Directory directory, Council council, RulesVersions rules, DistanceTable distances) {
        this.fund = fund;
        this.directory = directory;
        this.council = council;
        this.rules = rules;
        this.distances = distances;
    }

    /** One row of the public list, with names in the reader's language. */
    record PaidRow(long organisationId, String organisation, String body, int meetings, BigDecimal total) {
    }

    @GetMapping("/support")
    String paid(@RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
        int shown = year(year);
        List<PaidRow> rows = rows(shown, locale);
        model.addAttribute("year", shown);
        model.addAttribute("years", years(shown));
        model.addAttribute("rows", rows);
        model.addAttribute("total", rows.stream().map(PaidRow::total).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("organisations", rows.stream().map(PaidRow::organisationId).distinct().count());
        LocalDate today = LocalDate.now(StartClaim.KOSOVO);
        model.addAttribute("inForce", RulesInForce.on(today, rules.findByYearOrderByNumberDesc(today.getYear())).orElse(null));
        return "support/index";
    }

    @GetMapping("/support/paid.csv")
    ResponseEntity<byte[]> paidCsv(@RequestParam(name = "year", required = false) Integer year, Locale locale) {
        int shown = year(year);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("year", "organisation_id", "organisation", "body", "meetings", "total_eur").get())) {
            for (PaidRow r : rows(shown, locale)) {
                csv.printRecord(shown, r.organisationId(), r.organisation(), r.body(), r.meetings(), r.total().toPlainString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("participation-fund-" + shown + ".csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/support/rules")
    String rules(@RequestParam(name = "year", required = false) Integer year, Locale locale, Model model) {
        int shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("versions", rules.findByYearOrderByNumberDesc(shown).stream().filter(RulesVersion::isPublished).toList());
        Map<String, String> names = directory.municipalities().stream()
                .collect(Collectors.toMap(MunicipalitySummary::code, m -> m.name().display(locale)));
        model.addAttribute("municipalityNames", names);
        model.addAttribute("distances", distances.all().values());
        return "support/rules";
    }

    private List<PaidRow> rows(int year, Locale locale) {
        List<PaidToOrganisation> paid = fund.paid(year);
        Map<Long, OrganisationSummary> orgs = directory.organisations(paid.stream().map(PaidToOrganisation::organisationId).distinct().toList())
                .stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        Map<Long, String> bodies = council.bodies().stream().collect(Collectors.toMap(BodySummary::id, b -> b.name().display(locale)));
        return paid.stream().map(p -> new PaidRow(p.organisationId(),
                orgs.containsKey(p.organisationId()) ? orgs.get(p.organisationId()).name().display(locale) : "#" + p.organisationId(),
                bodies.getOrDefault(p.bodyId(), "#" + p.bodyId()), p.meetings(), p.total())).toList();
    }

    private static int year(Integer year) {
        int now = LocalDate.now(StartClaim.KOSOVO).getYear();
        return year == null ? now : Math.max(2000, Math.min(9999, year));
    }

    private List<Integer> years(int shown) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(fund.paidYears());
        years.add(shown);
        years.add(LocalDate.now(StartClaim.KOSOVO).getYear());
        return List.copyOf(years);
    }
}
