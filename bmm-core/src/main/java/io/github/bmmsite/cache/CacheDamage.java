package io.github.bmmsite.cache;

import java.nio.file.Path;

/**
 * A file or folder of the cache that is there but cannot be used: the bake ignores the cache, and
 * says so once its site is written, as the cache never fails a bake.
 */
public final class CacheDamage extends Exception {

    private final Path file;

    CacheDamage(Path file, String reason) {
        super(reason);
        this.file = file;
    }

    /** The damaged file or folder. */
    public Path file() {
        return file;
    }
}
