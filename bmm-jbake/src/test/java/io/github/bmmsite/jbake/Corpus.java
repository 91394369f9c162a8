package io.github.bmmsite.jbake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated source folder in the seed's style, for measurements: views of 100 elements
 * ({@code ### OBJ00001: …} headings under group headings, a figure, code mentions, a trailing
 * metadata block) and a model file with types, and two relations per element. The same size
 * always gives the same files.
 */
final class Corpus {

    private static final int PER_VIEW = 100;
    private static final int PER_GROUP = 25;

    private Corpus() {
    }

    static Path write(Path folder, int elements) throws IOException {
        Files.createDirectories(folder);
        StringBuilder types = new StringBuilder("types:\n  Goal:\n");
        StringBuilder realization = new StringBuilder("  realization:\n");
        StringBuilder influence = new StringBuilder("  influence:\n");
        for (int view = 0; view * PER_VIEW < elements; view++) {
            StringBuilder document = new StringBuilder("## Vista generada " + (view + 1) + "\n\n"
                    + "Introducción de la vista " + (view + 1) + ", que agrupa objetivos de ejemplo (@fig:id-v"
                    + (view + 1) + ").\n\n"
                    + "![Vista " + (view + 1) + "](images/v" + (view + 1) + ".png){#fig:id-v" + (view + 1)
                    + " width= height=}\n\n");
            for (int i = view * PER_VIEW; i < Math.min(elements, (view + 1) * PER_VIEW); i++) {
                if (i % PER_GROUP == 0) {
                    document.append("### Grupo ").append(i / PER_GROUP + 1).append("\n\n");
                }
                String code = code(i);
                document.append("### ").append(code).append(": Objetivo generado número ").append(i + 1)
                        .append("\n\nFortalecer la gestión ").append(i % 7 == 0 ? "**documental**" : "pública")
                        .append(" de la entidad, en línea con ").append(code((i + 1) % elements))
                        .append(" y con ").append(code((i + 2) % elements)).append(".\n\n");
                types.append("    - ").append(code).append('\n');
                realization.append("    ").append(code).append(": ").append(code((i + 1) % elements)).append('\n');
                influence.append("    ").append(code).append(": ").append(code((i + 3) % elements)).append('\n');
            }
            document.append("---\ntitle: Vista generada ").append(view + 1).append("\nlang: es\n---\n");
            Files.writeString(folder.resolve(String.format("v%04d.md", view + 1)), document.toString());
        }
        Files.writeString(folder.resolve("corpus.model.yaml"),
                types + "relations:\n" + realization + influence);
        return folder;
    }

    private static String code(int i) {
        return String.format("OBJ%05d", i + 1);
    }
}
