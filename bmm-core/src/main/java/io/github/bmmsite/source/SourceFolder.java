package io.github.bmmsite.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents ({@code *.md}, {@code *.markdown}) and model files ({@code *.model.yaml},
 * {@code *.model.yml}) under the source folder, in a stable order (by path) so that figure
 * numbers and output never depend on the file system's listing order.
 *
 * @param linksOutside documents and model files that are symbolic links to files outside the
 *     source folder: they are not read, so that a link cannot publish an arbitrary file
 */
public record SourceFolder(Path root, List<Path> documents, List<Path> modelFiles, List<Path> linksOutside) {

    public static SourceFolder scan(Path root) throws IOException {
        Path realRoot = root.toRealPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .filter(p -> isDocument(p) || isModelFile(p))
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Path> inside = new ArrayList<>();
        List<Path> outside = new ArrayList<>();
        for (Path file : files) {
            (file.toRealPath().startsWith(realRoot) ? inside : outside).add(file);
        }
        return new SourceFolder(root, inside.stream().filter(SourceFolder::isDocument).toList(),
                inside.stream().filter(SourceFolder::isModelFile).toList(), List.copyOf(outside));
    }

    static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    static boolean isModelFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".model.yaml") || name.endsWith(".model.yml");
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
