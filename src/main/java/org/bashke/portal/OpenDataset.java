package org.bashke.portal;

/**
 * A public dataset another module offers (council decisions, obligations…): declare a bean
 * implementing this and the portal's {@code /open-data} page lists it beside the portal's own
 * datasets. A module that has not landed simply lists nothing.
 */
public interface OpenDataset {

    /** Message key of the dataset's name, from the contributing module's bundle. */
    String nameKey();

    /** Message key of one sentence saying what is in it. */
    String descriptionKey();

    /** Where the CSV is, a path such as {@code /council/open-data/decisions.csv}; null if none. */
    String csvUrl();

    /** Where the JSON is; null if none. */
    String jsonUrl();

    /** Where its columns are explained (a data dictionary page or section); null if none. */
    default String dictionaryUrl() {
        return null;
    }
}
