package io.github.bmmsite.source;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Entries of a folder that are not files, for tests of what the bake does with them. */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** A FIFO made by {@code mkfifo}; the test is skipped, saying why, where there is no such command. */
    public static void fifo(Path path) throws InterruptedException {
        int exit;
        try {
            exit = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
        } catch (IOException e) {
            exit = -1;
        }
        assumeTrue(exit == 0, "mkfifo is not available here, so no FIFO can be made");
    }
}
