package io.github.bmmsite.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Moving and removing the folders of a bake: its staging folder, retired sites, and those a killed bake left. */
public final class Folders {

    private Folders() {
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** The entries of {@code folder} that {@code filter} accepts, sorted. */
    static List<Path> list(Path folder, DirectoryStream.Filter<Path> filter) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, filter)) {
            stream.forEach(entries::add);
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        entries.sort(null);
        return entries;
    }

    /** Removes a folder and all it holds; links are removed, never followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes a staging or retired folder, its marker last, so that it stays marked until it is gone. */
    static void deleteWorkFolder(Path folder) throws IOException {
        deleteTree(folder.resolve("site"));
        deleteTree(folder);
    }

    /**
     * Removes the staging ({@code .NAME.new-*}) and retired ({@code .NAME.old-*}) folders beside
     * {@code target} whose marker names a process that no longer runs: what a killed bake left. A
     * retired folder is the previous site; if the bake was killed before the new one took its
     * place, it is put back instead. Folders without a marker are not a bake's, and stay.
     */
    static void removeLeftovers(Path target) {
        String staging = "." + target.getFileName() + ".new-";
        String retired = "." + target.getFileName() + ".old-";
        DirectoryStream.Filter<Path> named = path -> {
            String name = path.getFileName().toString();
            return name.startsWith(staging) || name.startsWith(retired);
        };
        List<Path> candidates;
        try {
            candidates = list(target.getParent(), named);
        } catch (IOException e) {
            // Leftovers are never a reason to fail a bake: a later bake tries again.
            return;
        }
        for (Path folder : candidates) {
            try {
                Optional<SiteMarker.BakeProcess> owner = Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                        ? SiteMarker.readFrom(folder).flatMap(SiteMarker::owner) : Optional.empty();
                if (owner.isEmpty() || owner.get().running()) {
                    continue;
                }
                Path site = folder.resolve("site");
                if (folder.getFileName().toString().startsWith(retired)
                        && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                        && Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
                    move(site, target);
                }
                deleteWorkFolder(folder);
            } catch (IOException e) {
                // It keeps its marker, so a later bake tries again.
            }
        }
    }
}
