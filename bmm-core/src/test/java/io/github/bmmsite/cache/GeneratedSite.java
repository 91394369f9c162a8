package io.github.bmmsite.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large site in the export's style for measurements: documents of 100 elements each (a view
 * with a figure, groups of 10, {@code ### CODE: Name} headings, descriptions that mention other
 * codes; names are unique, as the model requires) and a model file with types and about two relations per element. The same size always
 * gives the same files.
 */
final class GeneratedSite {

    static final int PER_DOCUMENT = 100;
    private static final List<String> WORDS = List.of("gestión", "servicios", "ciudadanía", "datos", "procesos",
            "seguridad", "transparencia", "calidad", "interoperabilidad", "planeación", "territorio", "talento");
    private static final List<String> TYPES = List.of("Goal", "Outcome", "Capability", "BusinessProcess");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    private GeneratedSite() {
    }

    static String code(int element) {
        return String.format("E%05d", element + 1);
    }

    static Path document(Path source, int document) {
        return source.resolve(String.format("vista-%03d.md", document + 1));
    }

    /** Writes {@code size} elements (a multiple of 100) into {@code source}. */
    static void write(Path source, int size) throws IOException {
        Files.createDirectories(source.resolve("images"));
        Random random = new Random(20251125L);
        int documents = size / PER_DOCUMENT;
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            text.append("## Vista ").append(d + 1).append(": ").append(words(random, 3)).append("\n\n")
                    .append("Introducción de la vista ").append(d + 1).append(" sobre ").append(words(random, 6))
                    .append(".\n\n")
                    .append("![Vista ").append(d + 1).append("](images/vista-").append(d + 1)
                    .append(".png){#fig:id-vista-").append(d + 1).append(" width=15cm height=10cm}\n\n");
            Files.write(source.resolve("images/vista-" + (d + 1) + ".png"), PNG);
            for (int i = 0; i < PER_DOCUMENT; i++) {
                int element = d * PER_DOCUMENT + i;
                if (i % 10 == 0) {
                    text.append("### Grupo ").append(d + 1).append('.').append(i / 10 + 1).append("\n\n");
                }
                text.append("### ").append(code(element)).append(": ").append(capitalised(words(random, 3)))
                        .append(' ').append(element + 1)
                        .append('\n').append(capitalised(words(random, 12))).append(", en línea con ")
                        .append(code(random.nextInt(size))).append(".\n\n");
            }
            text.append("---\nlang: es\n---\n");
            Files.writeString(document(source, d), text.toString());
        }
        StringBuilder model = new StringBuilder("types:\n");
        for (int t = 0; t < TYPES.size(); t++) {
            List<String> codes = new ArrayList<>();
            for (int element = t; element < size; element += TYPES.size()) {
                codes.add(code(element));
            }
            model.append("  ").append(TYPES.get(t)).append(": [").append(String.join(", ", codes)).append("]\n");
        }
        model.append("relations:\n  realization:\n");
        for (int element = 0; element + 1 < size; element++) {
            model.append("    ").append(code(element)).append(": ").append(code(element + 1)).append('\n');
        }
        model.append("  influence:\n");
        for (int element = 0; element < size; element++) {
            int target = (element + 1 + random.nextInt(size - 1)) % size;
            model.append("    ").append(code(element)).append(": ").append(code(target)).append('\n');
        }
        Files.writeString(source.resolve("sitio.model.yaml"), model.toString());
    }

    private static String words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return String.join(" ", words);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
