package io.github.bmmsite.write;

import io.github.bmmsite.diagnostic.IoReason;

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Publishes a bake: every file goes to a staging folder next to the output, which then replaces
 * the output in one move ({@link #commit}). A bake that fails ({@link #close} without commit)
 * leaves the previous site exactly as it was, and no page of an earlier bake survives in the new
 * one. Files whose bytes did not change keep the previous file's timestamp, so that rsync,
 * browsers and preview servers see what really changed.
 *
 * <p>Files are staged as they are made, from several threads at once, so that a bake never holds
 * every page in memory.
 */
public final class SiteWriter implements AutoCloseable {

    /** How many files were new or changed, and how many were already as they are. */
    public record Report(int changed, int unchanged) {
    }

    /** The output folder cannot be (safely) written. */
    public static final class OutputException extends Exception {
        OutputException(String message) {
            super(message);
        }
    }

    private final Path target;
    private final Path staging;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private volatile boolean committed;

    private SiteWriter(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Creates the staging folder next to {@code output}.
     *
     * @param mayReplace whether an existing, non-empty output folder that does not look like a
     *     previous bake may be replaced (true for folders under the build directory)
     */
    public static SiteWriter open(Path output, boolean mayReplace) throws OutputException {
        Path target = output.toAbsolutePath().normalize();
        try {
            if (!mayReplace && !isEmptyOrPreviousBake(target)) {
                throw new OutputException(target + " is not empty and holds no previous bake; "
                        + "choose an empty folder for bmm.output");
            }
            Path parent = target.getParent();
            Files.createDirectories(parent);
            return new SiteWriter(target, Files.createTempDirectory(parent, "." + target.getFileName() + ".new-"));
        } catch (IOException e) {
            throw new OutputException("cannot write the site to " + target + ": " + reason(e));
        }
    }

    /** Writes every file and publishes them: the whole site in one call. */
    public static Report write(Path output, List<OutputFile> files, boolean mayReplace) throws OutputException {
        try (SiteWriter writer = open(output, mayReplace)) {
            for (OutputFile file : files) {
                writer.stage(file);
            }
            return writer.commit();
        }
    }

    /** Stages one file; safe to call from several threads for different files. */
    public void stage(OutputFile file) throws OutputException {
        try {
            Path destination = staging.resolve(file.sitePath()).normalize();
            if (!destination.startsWith(staging) || destination.equals(staging)) {
                throw new IOException("refusing to write outside the site: " + file.sitePath());
            }
            Path folder = destination.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            byte[] content = file instanceof OutputFile.Bytes bytes ? bytes.content()
                    : Files.readAllBytes(((OutputFile.Copy) file).source());
            Files.write(destination, content);
            Path old = target.resolve(file.sitePath());
            if (Files.isRegularFile(old) && Files.size(old) == content.length
                    && Arrays.equals(Files.readAllBytes(old), content)) {
                Files.setLastModifiedTime(destination, Files.getLastModifiedTime(old));
                unchanged.incrementAndGet();
            } else {
                changed.incrementAndGet();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException("cannot write the site to " + target + ": " + reason(e));
        }
    }

    /** Replaces the output folder with the staged files. */
    public Report commit() throws OutputException {
        try {
            swap(staging, target);
            committed = true;
            return new Report(changed.get(), unchanged.get());
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException("cannot write the site to " + target + ": " + reason(e));
        }
    }

    /** Without a commit, removes the staged files: the output stays as it was. */
    @Override
    public void close() throws OutputException {
        if (committed) {
            return;
        }
        try {
            deleteTree(staging);
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException("cannot remove the staging folder " + staging + ": " + reason(e));
        }
    }

    private static String reason(Exception e) {
        return e instanceof UncheckedIOException unchecked ? IoReason.of(unchecked) : IoReason.of((IOException) e);
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
