package io.github.bmmsite.write;

import java.nio.file.Path;

/** One file of the site, by its path relative to the site root ({@code elementos/o7.html}). */
public sealed interface OutputFile {

    String sitePath();

    /** Content made by the bake. */
    record Bytes(String sitePath, byte[] content) implements OutputFile {
    }

    /** A file published as it is (an image, a project asset). */
    record Copy(String sitePath, Path source) implements OutputFile {
    }
}
