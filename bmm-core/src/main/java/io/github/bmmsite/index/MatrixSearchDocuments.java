package io.github.bmmsite.index;

import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.AlignmentMatrix;
import io.github.bmmsite.model.Group;

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
        List<String> columns = matrix.columnGroups().stream().map(Group::name).toList();
        document.put("text", "Relaciones de los elementos de " + matrix.rowGroup().name()
                + (columns.isEmpty() ? "" : " con los de " + joined(columns)) + ": " + matrix.relationCount()
                + (matrix.relationCount() == 1 ? " relación." : " relaciones."));
        return document;
    }

    /** "A", "A y B", "A, B y C". */
    private static String joined(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " y " + names.get(names.size() - 1);
    }
}
