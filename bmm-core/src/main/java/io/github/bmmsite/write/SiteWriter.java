package io.github.bmmsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Publishes a bake: every file goes to a staging folder next to the output, which then replaces
 * the output in one move. A bake that fails leaves the previous site exactly as it was, and no
 * page of an earlier bake survives in the new one. Files whose bytes did not change keep the
 * previous file's timestamp, so that rsync, browsers and preview servers see what really changed.
 */
public final class SiteWriter {

    /** How many files were new or changed, and how many were already as they are. */
    public record Report(int changed, int unchanged) {
    }

    /** The output folder cannot be (safely) written. */
    public static final class OutputException extends Exception {
        OutputException(String message) {
            super(message);
        }
    }

    private SiteWriter() {
    }

    /**
     * @param mayReplace whether an existing, non-empty output folder that does not look like a
     *     previous bake may be replaced (true for folders under the build directory)
     */
    public static Report write(Path output, List<OutputFile> files, boolean mayReplace) throws OutputException {
        Path target = output.toAbsolutePath().normalize();
        try {
            if (!mayReplace && !isEmptyOrPreviousBake(target)) {
                throw new OutputException(target + " is not empty and holds no previous bake; "
                        + "choose an empty folder for bmm.output");
            }
            Path parent = target.getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            int changed = 0;
            try {
                for (OutputFile file : files) {
                    changed += stage(file, staging, target) ? 1 : 0;
                }
                swap(staging, target);
            } catch (IOException | RuntimeException e) {
                deleteTree(staging);
                throw e;
            }
            return new Report(changed, files.size() - changed);
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException("cannot write the site to " + target + ": " + e.getMessage());
        }
    }

    /** @return whether the file is new or changed */
    private static boolean stage(OutputFile file, Path staging, Path previous) throws IOException {
        Path destination = staging.resolve(file.sitePath()).normalize();
        if (!destination.startsWith(staging)) {
            throw new IOException("refusing to write outside the site: " + file.sitePath());
        }
        Files.createDirectories(destination.getParent());
        byte[] content = file instanceof OutputFile.Bytes bytes ? bytes.content()
                : Files.readAllBytes(((OutputFile.Copy) file).source());
        Path old = previous.resolve(file.sitePath());
        if (Files.isRegularFile(old) && Files.size(old) == content.length
                && Arrays.equals(Files.readAllBytes(old), content)) {
            Files.copy(old, destination, StandardCopyOption.COPY_ATTRIBUTES);
            return false;
        }
        Files.write(destination, content);
        return true;
    }

    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path retired = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(retired);
        move(target, retired);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(retired, target);
            throw e;
        }
        deleteTree(retired);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmptyOrPreviousBake(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return !Files.exists(target);
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isEmpty()) {
                return true;
            }
        }
        return Files.isRegularFile(target.resolve("sitemap.xml")) && Files.isDirectory(target.resolve("assets"));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
