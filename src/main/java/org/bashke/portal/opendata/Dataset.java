package org.bashke.portal.opendata;

import java.util.List;

/**
 * One public dataset: the same flat rows serve the CSV download and the JSON API, so one data
 * dictionary describes both. Column descriptions are message keys {@code portal.opendata.column.<name>} (a column means
 * the same in every dataset).
 */
public record Dataset(String name, List<String> columns) {

    public String descriptionKey(String column) {
        return "portal.opendata.column." + column;
    }
}
