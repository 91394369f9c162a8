package io.github.bmmsite.index;

import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break. A field
 * that a spreadsheet would run as a formula is neutralised as OWASP recommends ("CSV Injection"):
 * a leading {@code '} makes it text, and the field is quoted.
 */
final class Csv {

    /** What makes a spreadsheet read a cell as a formula (or skip to one) when it comes first. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /** @param rows each a text by column; a column a row lacks is empty */
    static String table(List<String> columns, List<? extends Map<String, ?>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, columns);
        for (Map<String, ?> row : rows) {
            line(csv, columns.stream().map(c -> row.containsKey(c) ? (String) row.get(c) : "").toList());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String field = fields.get(i);
            boolean formula = !field.isEmpty() && FORMULA_STARTS.indexOf(field.charAt(0)) >= 0;
            if (formula || field.contains(",") || field.contains("\"") || field.contains("\n")
                    || field.contains("\r")) {
                csv.append(formula ? "\"'" : "\"").append(field.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(field);
            }
        }
        csv.append("\r\n");
    }
}
