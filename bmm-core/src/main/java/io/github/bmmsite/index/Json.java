package io.github.bmmsite.index;

import java.util.List;
import java.util.Map;

/** Arrays of flat string objects as JSON (RFC 8259), one object per line for readable diffs. */
final class Json {

    private Json() {
    }

    static String array(List<Map<String, String>> objects) {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < objects.size(); i++) {
            json.append("  {");
            int field = 0;
            for (Map.Entry<String, String> entry : objects.get(i).entrySet()) {
                json.append(field++ > 0 ? ", " : "");
                string(json, entry.getKey());
                json.append(": ");
                string(json, entry.getValue());
            }
            json.append(i + 1 < objects.size() ? "},\n" : "}\n");
        }
        return json.append("]\n").toString();
    }

    private static void string(StringBuilder json, String text) {
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
