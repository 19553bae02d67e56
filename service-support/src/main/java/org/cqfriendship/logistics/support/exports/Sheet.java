package org.cqfriendship.logistics.support.exports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A list as staff take it away: a name, column headings in the reader's language, and rows of
 * values (text, whole numbers, or nothing). The same sheet is written as CSV or as an Excel
 * workbook ({@link Spreadsheets}), so both downloads always hold the same list as the page.
 */
public record Sheet(String name, List<String> columns, List<List<Object>> rows) {

    public Sheet {
        columns = List.copyOf(columns);
        List<List<Object>> checked = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of " + row.size() + " values in a sheet of " + columns.size() + " columns");
            }
            // Values may be null (an empty cell), which List.copyOf refuses.
            checked.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(checked);
    }

    /** A sheet filled row by row. */
    public static Builder named(String name, String... columns) {
        return new Builder(name, Arrays.asList(columns));
    }

    public static final class Builder {

        private final String name;
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, List<String> columns) {
            this.name = name;
            this.columns = columns;
        }

        /** One row; {@code null} leaves a cell empty. */
        public Builder row(Object... values) {
            rows.add(Arrays.asList(values));
            return this;
        }

        public Sheet build() {
            return new Sheet(name, columns, rows);
        }
    }
}
