package io.github.bmmsite.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relations from the members of one group (the rows) to the elements they point to (the
 * columns, in blocks by the target's group). Made by {@link AlignmentMatrices}.
 *
 * @param targetGroups the groups of every column of the full matrix, in block order, empty for the
 *     targets without a group: what its title names ("Procesos × Objetivos SG y Objetivos OTIC")
 * @param rowGroup the group whose members are the rows
 * @param rowKeys the rows shown, in group order
 * @param blocks the columns shown, grouped by the group of the target element
 * @param marks row key → column key → the relations of that cell, in declaration order
 * @param extent how much of the group and its targets is shown
 * @param groupSize the members of the row group
 * @param relatedRows the members with at least one relation in the matrix
 * @param relationCount every relation of the matrix, shown or not
 * @param columnCount every column the full matrix would have
 */
public record AlignmentMatrix(List<Optional<Group>> targetGroups, Group rowGroup, List<String> rowKeys, List<Block> blocks,
                              Map<String, Map<String, List<Mark>>> marks, Extent extent, int groupSize,
                              int relatedRows, int relationCount, int columnCount) {

    public AlignmentMatrix {
        targetGroups = List.copyOf(targetGroups);
        rowKeys = List.copyOf(rowKeys);
        blocks = List.copyOf(blocks);
        marks = Map.copyOf(marks);
    }

    /** How much of a matrix fits within the bound of a page. */
    public enum Extent {
        /** Every member of the row group and of each target group. */
        FULL,
        /** Only the rows and columns that hold a relation: the full matrix was too large. */
        RELATED_ONLY,
        /** Even the related rows and columns were too many: the first rows only, with their relations. */
        CUT
    }

    /**
     * Columns of one target group, or of the targets that belong to no group.
     *
     * @param group empty for the block of ungrouped targets
     */
    public record Block(Optional<Group> group, List<String> columnKeys) {

        public Block {
            columnKeys = List.copyOf(columnKeys);
        }
    }

    /**
     * One relation in a cell, read from the row: {@code reversed} when a symmetric relation
     * (association) is declared from the column's element to the row's.
     */
    public record Mark(Relation relation, boolean reversed) {
    }

    /** The relations from a row to a column; empty when they are not related. */
    public List<Mark> at(String rowKey, String columnKey) {
        return marks.getOrDefault(rowKey, Map.of()).getOrDefault(columnKey, List.of());
    }

    /** Groups of the column blocks, in order (the block of ungrouped targets has none). */
    public List<Group> columnGroups() {
        return blocks.stream().flatMap(b -> b.group().stream()).toList();
    }

    public int shownColumnCount() {
        return blocks.stream().mapToInt(b -> b.columnKeys().size()).sum();
    }

    /** The relations in the rows and columns shown. */
    public int shownRelationCount() {
        int count = 0;
        for (String row : rowKeys) {
            for (Block block : blocks) {
                for (String column : block.columnKeys()) {
                    count += at(row, column).size();
                }
            }
        }
        return count;
    }
}
