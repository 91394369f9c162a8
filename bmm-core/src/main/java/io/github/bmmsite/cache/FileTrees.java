package io.github.bmmsite.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Feeds a folder (names, kinds and bytes of everything in it) or a single file to a hash. */
final class FileTrees {

    private FileTrees() {
    }

    /** A missing folder hashes differently from an empty one, and both from any content. */
    static void hash(Hasher hasher, Path root) throws IOException {
        hash(hasher, root, true);
    }

    /** Only names, kinds and link targets: which files there are, not what they hold. */
    static void list(Hasher hasher, Path root) throws IOException {
        hash(hasher, root, false);
    }

    private static void hash(Hasher hasher, Path root, boolean contents) throws IOException {
        if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            hasher.tag('X');
            return;
        }
        if (!Files.isDirectory(root)) {
            hashEntry(hasher, root, root.getFileName().toString(), contents);
            return;
        }
        // A folder that is itself a link is read through it, as the bake reads it.
        Path folder = root.toRealPath();
        hasher.tag('D');
        for (Path path : sortedEntries(folder)) {
            hashEntry(hasher, path, folder.relativize(path).toString().replace('\\', '/'), contents);
        }
    }

    private static void hashEntry(Hasher hasher, Path path, String name, boolean contents) throws IOException {
        if (Files.isSymbolicLink(path)) {
            // The bake decides whether a link is followed; its target names what it would read.
            hasher.tag('L').text(name).text(Files.readSymbolicLink(path).toString());
            if (contents && Files.isRegularFile(path)) {
                hasher.bytes(Files.readAllBytes(path));
            }
        } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            hasher.tag('F').text(name);
            if (contents) {
                hasher.bytes(Files.readAllBytes(path));
            }
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            hasher.tag('d').text(name);
        } else {
            hasher.tag('?').text(name);
        }
    }

    private static List<Path> sortedEntries(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> !path.equals(root)).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
