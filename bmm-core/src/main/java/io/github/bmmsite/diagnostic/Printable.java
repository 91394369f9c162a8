package io.github.bmmsite.diagnostic;

/**
 * Makes text safe to print on one log line: a file name or a value with a line break, a control
 * character or a bidirectional override (U+202E) could otherwise forge or hide log lines.
 */
public final class Printable {

    private Printable() {
    }

    /** The text with every control, bidi-control and line-separator character written as an escape. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escapeOf(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escapeOf(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> {
                boolean control = c < 0x20 || (c >= 0x7f && c < 0xa0);
                boolean bidi = c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
                        || (c >= 0x2066 && c <= 0x2069);
                boolean separator = c == 0x2028 || c == 0x2029;
                yield control || bidi || separator ? String.format("\\u%04X", (int) c) : null;
            }
        };
    }
}
