package io.github.bmmsite.bake;

import io.github.bmmsite.parse.HeadingIds;

import java.util.ArrayList;
import java.util.List;

/**
 * An exported view as large as the largest real ones (about 100 KB): a "(view)" title, a table
 * of contents linking to pandoc anchors, groups, coded and uncoded elements with long
 * descriptions, sub-headings, tables with crossrefs, print directives and a metadata block.
 */
final class RealisticDocument {

    private static final String PARAGRAPH = "La entidad fortalece la gestión pública distrital mediante sistemas de"
            + " información integrados, interoperables y seguros, que ofrecen a la ciudadanía trámites en línea,"
            + " reducen los tiempos de respuesta y dan a los equipos datos confiables para decidir; el avance se"
            + " mide cada trimestre con los indicadores del plan de acción institucional.";

    private RealisticDocument() {
    }

    /** A document of at least {@code bytes} UTF-8 bytes with {@code elementsPerGroup} elements per group. */
    static String of(int bytes, int elementsPerGroup) {
        List<String> toc = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int element = 0;
        for (int group = 1; body.length() + String.join("\n", toc).length() < bytes; group++) {
            String groupName = "Grupo " + group + ". Capacidades de gestión";
            toc.add("- [" + groupName + "](#" + HeadingIds.identifier(groupName) + ")");
            body.append("## ").append(groupName).append("\n\n");
            for (int i = 0; i < elementsPerGroup; i++) {
                element++;
                String heading = element % 3 == 0 ? "Proceso de gestión número " + element
                        : "ACC" + element + (element % 2 == 0 ? ". " : ": ") + "Fortalecer la capacidad " + element;
                toc.add("    - [" + heading + "](#" + HeadingIds.identifier(heading) + ")");
                body.append("## ").append(heading).append('\n')
                        .append(PARAGRAPH).append(' ').append(PARAGRAPH).append("\n\n")
                        .append("### Indicadores\n")
                        .append("| Indicador | Meta |\n|---|---|\n| Trámites en línea | ").append(element).append(" % |\n\n")
                        .append(": Indicadores de ACC").append(element).append(" {#tbl:ind-").append(element).append("}\n\n")
                        .append("Véase la @tbl:ind-").append(element).append(".\n\n");
            }
            body.append("\\newpage\n\n");
        }
        return "# Capacidades institucionales (view)\n\n" + String.join("\n", toc) + "\n\n"
                + "Versión $VERSIONES.\n\n" + body
                + "---\nlang: es\ntitlepage: true\npage-break: true\n...\n";
    }
}
