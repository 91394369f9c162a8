package io.github.bmmsite.source;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds pandoc YAML metadata blocks: a {@code ---} line at the top of the file, or after a blank
 * line, not followed by a blank line, up to a {@code ---} or {@code ...} line. Anywhere else a
 * {@code ---} line stays Markdown (a thematic break or a setext underline).
 */
public final class MetadataBlocks {

    private static final Pattern OPEN = Pattern.compile("---[ \\t]*");
    private static final Pattern CLOSE = Pattern.compile("(---|\\.\\.\\.)[ \\t]*");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern YAML_KEY = Pattern.compile("[A-Za-z_][\\w-]*:(\\s.*)?");

    private MetadataBlocks() {
    }

    public static SourceDocument extract(TextFile file, Diagnostics diagnostics) {
        String[] lines = file.text().split("\n", -1);
        Metadata metadata = Metadata.EMPTY;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            if (FENCE.matcher(line).matches()) {
                fence = line.strip().substring(0, 3);
                continue;
            }
            if (!isBlockStart(lines, i)) {
                continue;
            }
            int close = findClose(lines, i + 1);
            if (close < 0) {
                close = endOfUnclosed(lines, i + 1);
                if (close < 0) {
                    continue;
                }
                diagnostics.report(Problem.METADATA_UNCLOSED, SourceLocation.of(file.displayPath(), i + 1),
                        "this metadata block is never closed; it is read up to line " + close
                                + " and not shown (end it with a line '---' or '...')");
            }
            Optional<Map<String, YamlTree.Value>> values = parseBlock(file, lines, i, close, diagnostics);
            if (values.isPresent()) {
                metadata = metadata.mergedWith(values.get());
            }
            for (int j = i; j <= close && j < lines.length; j++) {
                lines[j] = "";
            }
            i = close;
        }
        return new SourceDocument(file, String.join("\n", lines), metadata);
    }

    private static boolean isBlockStart(String[] lines, int i) {
        return OPEN.matcher(lines[i]).matches()
                && (i == 0 || lines[i - 1].isBlank())
                && i + 1 < lines.length && !lines[i + 1].isBlank();
    }

    /**
     * The closing {@code ---} or {@code ...} line of a block, or -1 when a line that cannot be part
     * of a metadata block (a heading, a paragraph) comes first.
     */
    private static int findClose(String[] lines, int from) {
        for (int j = from; j < lines.length; j++) {
            if (CLOSE.matcher(lines[j]).matches()) {
                return j;
            }
            if (!couldBeYaml(lines[j])) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * An unclosed {@code ---} is a thematic break, unless the lines after it, up to a blank line,
     * are plainly YAML ({@code key: value} first): then the author forgot the closing line, and
     * the block ends before that blank line (the value returned is the line after the block's last,
     * where a closing line would be).
     */
    private static int endOfUnclosed(String[] lines, int from) {
        if (!YAML_KEY.matcher(lines[from]).matches()) {
            return -1;
        }
        int j = from;
        while (j < lines.length && !lines[j].isBlank()) {
            if (!couldBeYaml(lines[j])) {
                return -1;
            }
            j++;
        }
        return j;
    }

    private static boolean couldBeYaml(String line) {
        return line.isBlank() || YAML_KEY.matcher(line).matches() || line.startsWith(" ") || line.startsWith("\t")
                || line.startsWith("- ");
    }

    private static Optional<Map<String, YamlTree.Value>> parseBlock(TextFile file, String[] lines, int open,
                                                                     int close, Diagnostics diagnostics) {
        StringBuilder yaml = new StringBuilder();
        for (int j = open + 1; j < close; j++) {
            yaml.append(lines[j]).append('\n');
        }
        try {
            Optional<YamlTree.Value> value = YamlTree.parse(yaml.toString(), file.displayPath().toString(), open + 2);
            if (value.isEmpty()) {
                return Optional.of(Map.of());
            }
            if (!value.get().isMap()) {
                diagnostics.report(Problem.METADATA_NOT_A_MAP, SourceLocation.of(file.displayPath(), open + 2),
                        "a metadata block must hold 'key: value' lines, not a list or plain text");
                return Optional.empty();
            }
            return Optional.of(value.get().map());
        } catch (YamlTree.TooDeep e) {
            diagnostics.report(Problem.NESTING_TOO_DEEP, SourceLocation.of(file.displayPath(), e.line()),
                    e.getMessage() + "; no metadata needs that many, so the block is not read");
            return Optional.empty();
        } catch (YamlTree.YamlProblem e) {
            diagnostics.report(Problem.METADATA_INVALID_YAML, SourceLocation.of(file.displayPath(), e.line()),
                    "the metadata block is not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
    }
}
