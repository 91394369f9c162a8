package io.github.bmmsite.source;

import java.nio.file.Path;

/**
 * A decoded input file: BOM removed and line ends normalised to LF, so that offsets map to the
 * same line numbers the author sees in an editor.
 *
 * @param path where the file is on disk
 * @param displayPath the path shown in diagnostics (relative to the project when possible)
 */
public record TextFile(Path path, Path displayPath, String text) {
}
