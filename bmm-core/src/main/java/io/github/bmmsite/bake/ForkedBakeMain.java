package io.github.bmmsite.bake;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The bake in a JVM of its own ({@link ForkedBake}): {@code ForkedBakeMain OPTIONS REPORT} reads the
 * options {@link BakeOptionsFile} wrote, bakes, and writes the {@link BakeReport}, whole or not at all.
 */
public final class ForkedBakeMain {

    private ForkedBakeMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ForkedBakeMain OPTIONS-FILE REPORT-FILE");
            System.exit(2);
        }
        BakeOptions options;
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            options = BakeOptionsFile.read(in);
        }
        BakeReport report = BakeReport.of(options.output(), () -> new Baker(options).bake());
        Path file = Path.of(args[1]);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            report.write(out);
        }
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        // A thread a library left running must not keep this JVM, and the build waiting for it, alive.
        System.exit(0);
    }
}
