package io.github.bmmsite.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents ({@code *.md}, {@code *.markdown}) and model files ({@code *.model.yaml},
 * {@code *.model.yml}) under the source folder, in a stable order (by path) so that figure
 * numbers and output never depend on the file system's listing order.
 */
public record SourceFolder(Path root, List<Path> documents, List<Path> modelFiles) {

    public static SourceFolder scan(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Path> documents = files.stream().filter(SourceFolder::isDocument).toList();
        List<Path> models = files.stream().filter(SourceFolder::isModelFile).toList();
        return new SourceFolder(root, documents, models);
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
