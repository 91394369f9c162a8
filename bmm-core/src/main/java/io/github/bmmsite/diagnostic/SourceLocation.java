package io.github.bmmsite.diagnostic;

import java.nio.file.Path;

/**
 * Where in an input file a diagnostic points. Line and column are 1-based; 0 means unknown.
 *
 * @param file the file as the user knows it (relative to the project when possible)
 */
public record SourceLocation(Path file, int line, int column) {

    public static SourceLocation of(Path file) {
        return new SourceLocation(file, 0, 0);
    }

    public static SourceLocation of(Path file, int line) {
        return new SourceLocation(file, line, 0);
    }

    /**
     * {@code file:line:col}, leaving out what is unknown, the form editors and CI logs link; control
     * and bidi characters of the file name are escaped.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(Printable.escape(file.toString().replace('\\', '/')));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }
}
