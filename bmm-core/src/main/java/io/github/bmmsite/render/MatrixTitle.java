package io.github.bmmsite.render;

import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.model.AlignmentMatrix;
import io.github.bmmsite.model.Group;

import java.util.List;

/** What an alignment matrix relates, as readers see it: "Procesos × Objetivos SG y elementos sin grupo". */
public final class MatrixTitle {

    private MatrixTitle() {
    }

    public static String of(AlignmentMatrix matrix, Messages messages) {
        List<String> columns = matrix.targetGroups().stream().map(group -> group.map(Group::name)
                .orElseGet(() -> messages.text("matrix.ungroupedColumns"))).toList();
        String joined = columns.size() == 1 ? columns.get(0)
                : messages.text("text.andList", String.join(", ", columns.subList(0, columns.size() - 1)),
                        columns.get(columns.size() - 1));
        return messages.text("matrix.name", matrix.rowGroup().name(), joined);
    }
}
