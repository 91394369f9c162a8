package io.github.bmmsite.index;

import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.AlignmentMatrix;
import io.github.bmmsite.render.MatrixTitle;

import java.util.List;
import java.util.Optional;

/** The alignment matrices in the search data, so that "alineación" or a group's name finds them. */
public final class MatrixSearchDocuments {

    private MatrixSearchDocuments() {
    }

    public static List<SearchDocument> of(List<AlignmentMatrix> matrices, Messages messages) {
        return matrices.stream().map(matrix -> document(matrix, messages)).toList();
    }

    private static SearchDocument document(AlignmentMatrix matrix, Messages messages) {
        // The groups are in the name already; repeating them here would rank the matrix above the groups themselves.
        return new SearchDocument(SitePaths.of(matrix), messages.text("search.kind.matrix"), Optional.empty(),
                messages.text("matrix.title", MatrixTitle.of(matrix, messages)), Optional.empty(), Optional.empty(),
                messages.text("matrix.searchText", messages.count("count.relations", matrix.relationCount())),
                List.of());
    }
}
