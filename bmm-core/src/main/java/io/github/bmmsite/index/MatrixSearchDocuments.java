package io.github.bmmsite.index;

import io.github.bmmsite.i18n.Messages;
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

    public static List<Map<String, Object>> of(List<AlignmentMatrix> matrices, Messages messages) {
        return matrices.stream().map(matrix -> document(matrix, messages)).toList();
    }

    /** What a matrix relates, as readers see it: "Objetivos × Procesos y elementos sin grupo". */
    public static String title(AlignmentMatrix matrix, Messages messages) {
        List<String> columns = matrix.targetGroups().stream().map(group -> group.map(Group::name)
                .orElseGet(() -> messages.text("matrix.ungroupedColumns"))).toList();
        String joined = columns.size() == 1 ? columns.get(0)
                : messages.text("text.andList", String.join(", ", columns.subList(0, columns.size() - 1)),
                        columns.get(columns.size() - 1));
        return messages.text("matrix.name", matrix.rowGroup().name(), joined);
    }

    private static Map<String, Object> document(AlignmentMatrix matrix, Messages messages) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("uri", SitePaths.of(matrix));
        document.put("kind", messages.text("search.kind.matrix"));
        document.put("name", messages.text("matrix.title", title(matrix, messages)));
        // The groups are in the name already; repeating them here would rank the matrix above the groups themselves.
        document.put("text", messages.text("matrix.searchText", messages.count("count.relations", matrix.relationCount())));
        return document;
    }
}
