package io.github.bmmsite.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The search data of a baked site, as tests read it. */
public final class SearchDataFiles {

    private SearchDataFiles() {
    }

    /** Every part of documents ({@code search-index/documents-N.js}), in order, as one text. */
    public static String documents(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve(SearchIndex.FOLDER))) {
            return files.filter(file -> file.getFileName().toString().startsWith("documents-"))
                    .sorted(Comparator.comparingInt(SearchDataFiles::number))
                    .map(SearchDataFiles::read)
                    .collect(Collectors.joining());
        }
    }

    private static int number(Path part) {
        String name = part.getFileName().toString();
        return Integer.parseInt(name.substring(name.indexOf('-') + 1, name.indexOf('.')));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
