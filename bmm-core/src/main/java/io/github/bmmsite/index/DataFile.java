package io.github.bmmsite.index;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One file of open data in {@code datos/}: its fields in order and its rows, each value a text, a
 * list of texts or (in JSON) an object of texts, under its field's name.
 */
record DataFile(String name, Format format, List<Field> fields, List<Map<String, Object>> rows) {

    enum Format { JSON, CSV }

    byte[] content() {
        String text = format == Format.JSON ? Json.array(rows)
                : Csv.table(fields.stream().map(Field::name).toList(), rows);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The first value of {@code field} that is not empty, as one line: a list's first item, an object as JSON. */
    String firstValue(Field field) {
        for (Map<String, Object> row : rows) {
            Object value = row.get(field.name());
            if (value instanceof List<?> list && !list.isEmpty()) {
                return (String) list.get(0);
            }
            if (value instanceof Map<?, ?> map && !map.isEmpty()) {
                return Json.value(map);
            }
            if (value instanceof String text && !text.isEmpty()) {
                return text.lines().findFirst().orElse("");
            }
        }
        return "";
    }
}
