package io.github.bmmsite.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that only instruct the printer: LaTeX page breaks ({@code \newpage}, {@code \pagebreak},
 * {@code \clearpage}) and the export's page-break {@code <div>}, alone or together on a line.
 * They are blanked before parsing, so no combination of them shows: written right after the
 * {@code <div>}, a {@code \newpage} would otherwise be part of its HTML block, and written right
 * after a paragraph, part of the paragraph's text. Blank lines keep every line number.
 */
final class PrintDirectives {

    /** One directive and the blanks after it; a line is matched one directive at a time (see {@link #isDirectives}). */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "(?:\\\\(?:newpage|pagebreak|clearpage|cleardoublepage)\\b"
                    + "|<div\\s+style=\"\\s*page-break-(?:before|after|inside)\\s*:\\s*\\w+;?\\s*\"\\s*>\\s*</div>)"
                    + "[ \\t]*+", Pattern.CASE_INSENSITIVE);

    private PrintDirectives() {
    }

    /** The text with every line that holds only print directives made blank, fenced code aside. */
    static String blank(String markdown) {
        if (markdown.indexOf('\\') < 0 && markdown.indexOf("page-break") < 0) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        CodeFences fences = new CodeFences();
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!fences.isCode(line) && isDirectives(line)) {
                lines[i] = "";
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : markdown;
    }

    /**
     * Whether a line holds one directive or more and nothing else (up to three spaces first). Read
     * one directive at a time: a repeated group in one pattern recurses once per repetition, and a
     * line of a hundred thousand directives would overflow the stack.
     */
    private static boolean isDirectives(String line) {
        int at = 0;
        while (at < 3 && at < line.length() && line.charAt(at) == ' ') {
            at++;
        }
        Matcher directive = DIRECTIVE.matcher(line);
        boolean any = false;
        while (at < line.length() && directive.region(at, line.length()).lookingAt()) {
            at = directive.end();
            any = true;
        }
        return any && at == line.length();
    }
}
