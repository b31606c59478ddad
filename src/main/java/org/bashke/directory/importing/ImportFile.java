package org.bashke.directory.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organisations file after reading: the recognised columns it has, the headers it has that we do
 * not know, and its non-empty rows, each with the number the person sees in their spreadsheet.
 */
public record ImportFile(Set<ImportColumn> columns, List<String> unknownHeaders, List<Row> rows) {

    public record Row(int number, Map<ImportColumn, String> values) {

        public String get(ImportColumn column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    /** The file cannot be read as a table of organisations at all (the message key says why). */
    public static class Unreadable extends Exception {
        private final String key;
        private final transient Object[] args;

        public Unreadable(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args;
        }
    }
}
