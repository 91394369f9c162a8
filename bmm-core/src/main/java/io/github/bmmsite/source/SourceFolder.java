package io.github.bmmsite.source;

import io.github.bmmsite.diagnostic.IoReason;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The documents ({@code *.md}, {@code *.markdown}) and model files ({@code *.model.yaml},
 * {@code *.model.yml}) under the source folder, in a stable order (by path) so that figure
 * numbers and output never depend on the file system's listing order. Hidden files and folders
 * (a name starting with a dot) are left out.
 *
 * @param linksOutside documents and model files that are symbolic links to files outside the
 *     source folder: they are not read, so that a link cannot publish an arbitrary file
 * @param unreadable entries that are neither a file nor a folder the bake can read, whatever
 *     their name: they are not read (a FIFO is never opened: that would wait for a writer forever)
 */
public record SourceFolder(Path root, List<Path> documents, List<Path> modelFiles, List<Path> linksOutside,
                           List<Unreadable> unreadable) {

    /** An entry of the source folder that is not read, and why ("it is a link to …, which does not exist"). */
    public record Unreadable(Path entry, String why) {
    }

    public static SourceFolder scan(Path root) throws IOException {
        // Walked from its real path, so that a source folder that is itself a link is read like any other.
        Path realRoot = root.toRealPath();
        Entries entries = new Entries(realRoot, root);
        Files.walkFileTree(realRoot, entries);
        Comparator<Path> byPath = Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/'));
        List<Path> inside = new ArrayList<>();
        List<Path> outside = new ArrayList<>();
        for (Path file : entries.files.stream().sorted(byPath).toList()) {
            (file.toRealPath().startsWith(realRoot) ? inside : outside).add(file);
        }
        return new SourceFolder(root, inside.stream().filter(SourceFolder::isDocument).toList(),
                inside.stream().filter(SourceFolder::isModelFile).toList(), List.copyOf(outside),
                entries.unreadable.stream().sorted(Comparator.comparing(Unreadable::entry, byPath)).toList());
    }

    static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    static boolean isModelFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".model.yaml") || name.endsWith(".model.yml");
    }

    /**
     * Walks the folder without following links, so that every entry is seen as what it is: a link
     * is only followed to tell what it points at, and only a regular file is ever read.
     */
    private static final class Entries extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path given;
        private final List<Path> files = new ArrayList<>();
        private final List<Unreadable> unreadable = new ArrayList<>();

        /** Walks {@code root}, naming every entry under {@code given}, the source folder as configured. */
        Entries(Path root, Path given) {
            this.root = root;
            this.given = given;
        }

        private Path asGiven(Path entry) {
            return given.resolve(root.relativize(entry));
        }

        private void skip(Path entry, String why) {
            unreadable.add(new Unreadable(asGiven(entry), why));
        }

        @Override
        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
            return !folder.equals(root) && isHidden(folder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path entry, BasicFileAttributes attributes) {
            if (isHidden(entry)) {
                return FileVisitResult.CONTINUE;
            }
            if (attributes.isRegularFile()) {
                keep(entry);
            } else if (attributes.isSymbolicLink()) {
                followLink(entry);
            } else {
                skip(entry, "it is neither a file nor a folder (a FIFO, socket or device)");
            }
            return FileVisitResult.CONTINUE;
        }

        private void followLink(Path link) {
            BasicFileAttributes target;
            try {
                target = Files.readAttributes(link, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                skip(link, "it is a link to " + linkTarget(link) + ", which does not exist");
                return;
            } catch (IOException e) {
                skip(link, "it is a link that cannot be followed (" + IoReason.of(e) + ")");
                return;
            }
            if (target.isRegularFile()) {
                keep(link);
            } else if (target.isDirectory()) {
                skip(link, "it is a link to a folder, and links to folders are not followed;"
                        + " put the folder itself in the source folder");
            } else {
                skip(link, "it is a link to something that is neither a file nor a folder (a FIFO, socket or device)");
            }
        }

        private static String linkTarget(Path link) {
            try {
                return "'" + Files.readSymbolicLink(link) + "'";
            } catch (IOException e) {
                // The link was there a moment ago; its target only makes the message more precise.
                return "a file";
            }
        }

        private void keep(Path file) {
            if (isDocument(file) || isModelFile(file)) {
                files.add(asGiven(file));
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path entry, IOException e) throws IOException {
            if (entry.equals(root)) {
                throw e;
            }
            if (!isHidden(entry)) {
                skip(entry, "it cannot be examined (" + IoReason.of(e) + ")");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
            if (e != null) {
                if (folder.equals(root)) {
                    throw e;
                }
                skip(folder, "the folder cannot be listed whole (" + IoReason.of(e) + ")");
            }
            return FileVisitResult.CONTINUE;
        }

        private static boolean isHidden(Path entry) {
            return entry.getFileName().toString().startsWith(".");
        }
    }
}
