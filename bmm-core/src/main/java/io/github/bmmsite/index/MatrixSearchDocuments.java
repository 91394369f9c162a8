package io.github.bmmsite.index;

import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.AlignmentMatrix;
import io.github.bmmsite.render.MatrixTitle;

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

    private static Map<String, Object> document(AlignmentMatrix matrix, Messages messages) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("uri", SitePaths.of(matrix));
        document.put("kind", messages.text("search.kind.matrix"));
        document.put("name", messages.text("matrix.title", MatrixTitle.of(matrix, messages)));
        // The groups are in the name already; repeating them here would rank the matrix above the groups themselves.
        document.put("text", messages.text("matrix.searchText", messages.count("count.relations", matrix.relationCount())));
        return document;
    }
}
