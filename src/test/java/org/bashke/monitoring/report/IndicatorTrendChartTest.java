package org.bashke.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bashke.monitoring.obligation.Indicator;
import org.bashke.monitoring.obligation.IndicatorUnit;
import org.bashke.monitoring.obligation.IndicatorValue;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The trend chart is well-formed SVG without script, labelled in the reader's language, and points to its table. */
class IndicatorTrendChartTest {

    static Charts charts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/monitoring");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Charts(messages);
    }

    static Indicator indicator() {
        return new Indicator(1, LocalizedText.of(Language.SQ, "Konsultime", "Konsultacije", "Consultations & drafts"), IndicatorUnit.PERCENT,
                new BigDecimal("20"), 2019, new BigDecimal("80"), 2023);
    }

    static IndicatorValue value(String v, LocalDate on) {
        Indicator saved = indicator();
        org.springframework.test.util.ReflectionTestUtils.setField(saved, "id", 1L);
        return new IndicatorValue(saved, null, new BigDecimal(v), on, Instant.now());
    }

    @Test
    void the_chart_shows_baseline_actuals_and_target_and_names_its_table() throws Exception {
        String svg = charts().indicatorTrend(indicator(), List.of(value("35", LocalDate.of(2020, 12, 31)), value("85", LocalDate.of(2022, 6, 30))),
                Locale.ENGLISH, "indicator-1");
        // well-formed XML: it goes into the XHTML of the page as it is
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-describedby=\"indicator-1\"")
                .contains("<title>Trend of Consultations &amp; drafts: baseline, actual values and target</title>")
                .contains("Baseline 20").contains("Target 80").contains("Latest 85").contains("<polyline").contains("stroke-dasharray")
                .contains(">2019<").contains(">2023<").doesNotContain("<script");
    }

    @Test
    void without_actual_values_the_chart_still_shows_the_planned_path_in_the_reader_language() {
        String svg = charts().indicatorTrend(indicator(), List.of(), Locale.forLanguageTag("sq"), null);
        assertThat(svg).contains("Vlera bazë 20").contains("Synimi 80").doesNotContain("<polyline").doesNotContain("aria-describedby");
    }
}
