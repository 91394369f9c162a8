package io.github.bmmsite.index;

import java.util.List;
import java.util.Map;

/**
 * Arrays of objects as JSON (RFC 8259), one object per line for readable diffs. A value is a
 * string, a list of strings (an array) or a map of strings (an object).
 */
final class Json {

    private Json() {
    }

    static String array(List<? extends Map<String, ?>> objects) {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < objects.size(); i++) {
            json.append("  ");
            object(json, objects.get(i));
            json.append(i + 1 < objects.size() ? ",\n" : "\n");
        }
        return json.append("]\n").toString();
    }

    /** One value (a string, a list of strings or a map of strings) as JSON text. */
    static String value(Object value) {
        StringBuilder json = new StringBuilder();
        value(json, value);
        return json.toString();
    }

    private static void object(StringBuilder json, Map<String, ?> object) {
        json.append('{');
        int field = 0;
        for (Map.Entry<String, ?> entry : object.entrySet()) {
            json.append(field++ > 0 ? ", " : "");
            string(json, entry.getKey());
            json.append(": ");
            value(json, entry.getValue());
        }
        json.append('}');
    }

    @SuppressWarnings("unchecked")
    private static void value(StringBuilder json, Object value) {
        if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                json.append(i > 0 ? ", " : "");
                string(json, (String) list.get(i));
            }
            json.append(']');
        } else if (value instanceof Map<?, ?> map) {
            object(json, (Map<String, ?>) map);
        } else {
            string(json, (String) value);
        }
    }

    static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
