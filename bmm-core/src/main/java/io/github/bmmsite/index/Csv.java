package io.github.bmmsite.index;

import java.util.List;
import java.util.Map;

/** RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
final class Csv {

    private Csv() {
    }

    static String table(List<String> columns, List<Map<String, String>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, columns);
        for (Map<String, String> row : rows) {
            line(csv, columns.stream().map(c -> row.getOrDefault(c, "")).toList());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String field = fields.get(i);
            if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                csv.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(field);
            }
        }
        csv.append("\r\n");
    }
}
