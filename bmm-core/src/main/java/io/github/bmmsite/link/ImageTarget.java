package io.github.bmmsite.link;

import java.nio.file.Path;

/** What an image reference of a document turned out to point at. */
public sealed interface ImageTarget {

    /** A file inside the source folder, published at {@code sitePath}. */
    record Local(Path file, String sitePath) implements ImageTarget {
    }

    /** A file that is not there, or not allowed: the page shows a placeholder instead. */
    record Unavailable(String written) implements ImageTarget {
    }
}
