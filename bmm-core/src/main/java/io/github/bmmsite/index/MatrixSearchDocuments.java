package io.github.bmmsite.index;

import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.AlignmentMatrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The alignment matrices in the search data, so that "alineación" or a group's name finds them. */
public final class MatrixSearchDocuments {

    private MatrixSearchDocuments() {
    }

    public static List<Map<String, Object>> of(List<AlignmentMatrix> matrices) {
        return matrices.stream().map(MatrixSearchDocuments::document).toList();
    }

    private static Map<String, Object> document(AlignmentMatrix matrix) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("uri", SitePaths.of(matrix));
        document.put("kind", "Matriz de alineación");
        document.put("name", "Matriz de alineación: " + matrix.title());
        // The groups are in the name already; repeating them here would rank the matrix above the groups themselves.
        document.put("text", "Tabla de alineación: qué elementos de un grupo realizan, influyen o se relacionan con"
                + " los de otros. " + matrix.relationCount() + (matrix.relationCount() == 1 ? " relación." : " relaciones."));
        return document;
    }
}
