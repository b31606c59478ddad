package org.bashke.directory.importing;

import java.util.List;

/** What is wrong in one cell of the file: its row (as numbered in the spreadsheet), column, and a message key. */
public record RowProblem(int row, String column, String key, List<Object> args) {

    public Object[] argsArray() {
        return args.toArray();
    }
}
