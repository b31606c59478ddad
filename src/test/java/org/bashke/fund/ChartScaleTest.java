package org.bashke.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.bashke.fund.report.ChartScale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule that sizes the report charts' bars. */
class ChartScaleTest {

    @ParameterizedTest(name = "{0} of {1} on {2} units = {3}")
    @CsvSource({
            "100.00, 100.00, 380, 380.0",   // the largest fills the width
            "50.00, 100.00, 380, 190.0",    // in proportion
            "0.00, 100.00, 380, 0.0",       // nothing, no bar
            "0.01, 10000.00, 380, 1.0",     // tiny but above zero stays visible
            "5.00, 0.00, 380, 0.0",         // an empty chart draws nothing
            "33.33, 100.00, 300, 100.0",    // rounded to a tenth of a unit
            "120.00, 100.00, 380, 380.0"    // never wider than the chart
    })
    void a_bar_is_in_proportion_to_the_largest_total(String value, String largest, double width, double expected) {
        assertThat(ChartScale.width(new BigDecimal(value), new BigDecimal(largest), width)).isEqualTo(expected);
    }
}
