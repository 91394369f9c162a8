package io.github.bmmsite.parse;

import java.util.regex.Pattern;

/**
 * Follows fenced code blocks ({@code ```} or {@code ~~~}) line by line, for the repairs made on
 * the text before parsing: what is inside a fence is code, and is never repaired.
 */
final class CodeFences {

    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

    private String open;

    /** Whether this line, the next of the text, opens, is inside or closes a fenced code block. */
    boolean isCode(String line) {
        if (open != null) {
            if (line.strip().startsWith(open)) {
                open = null;
            }
            return true;
        }
        if (FENCE.matcher(line).matches()) {
            open = line.strip().substring(0, 3);
            return true;
        }
        return false;
    }
}
