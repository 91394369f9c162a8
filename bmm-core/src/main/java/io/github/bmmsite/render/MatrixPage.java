package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.Inline;

import java.util.List;
import java.util.Optional;

/** {@code matrix.ftl}: an alignment matrix. */
public record MatrixPage(
        @Inline PageInfo page,
        @Doc("a summary of the page in plain text, for its meta description") String description,
        @Doc("the matrix") Matrix matrix) implements PageContent {

    /** A matrix with its cells. */
    public record Matrix(
            @Inline MatrixRef ref,
            @Doc("the column groups, in order, each with its columns") List<Block> blocks,
            @Doc("the rows shown") List<Row> rows,
            @Doc("the verbs the marks use, in order of first use") List<String> verbs,
            @Doc("full (every row and column), related (empty ones left out) or cut (too large: rows and relations"
                    + " left out)")
            String extent,
            @Doc("how many elements the row group has") int groupSize,
            @Doc("how many of them have a relation in the matrix") int relatedRows,
            @Doc("how many rows are shown") int shownRows,
            @Doc("how many columns the column groups have") int columnCount,
            @Doc("how many columns are shown") int shownColumns,
            @Doc("how many relations the rows and columns shown hold") int shownRelations,
            @Doc("the most cells a matrix shows") int maxCells) {
    }

    /** Columns of one group (or of elements in no group). */
    public record Block(
            @Doc("the group, when the columns have one") Optional<GroupRef> group,
            @Doc("the group's name, or the heading of elements in no group") String name,
            @Doc("its columns") List<Column> columns) {
    }

    /** A column: an element, headed by a label short enough for a dozen columns to share a screen. */
    public record Column(
            @Inline ElementRef element,
            @Doc("its heading: its code, else its name when short, else the initials of its name")
            String label) {
    }

    /** A row: an element and, for each column, the marks of their relations. */
    public record Row(
            @Doc("the row's element") ElementRef element,
            @Doc("one list of marks per column, empty when they are not related") List<List<Mark>> cells,
            @Doc("the same marks as a list: each verb with the columns it leads to, in order of first use")
            List<RowRelation> relations) {
    }

    /** The columns a row relates to with one verb. */
    public record RowRelation(
            @Doc("the relation's verb") String verb,
            @Doc("the columns, in column order") List<Column> columns) {
    }

    /** One relation between a row and a column. */
    public record Mark(
            @Doc("the relation's verb") String verb,
            @Doc("the row's code, or name when it has none") String from,
            @Doc("the column's code, or name when it has none") String to,
            @Doc("where the mark leads: the column element's relations") String uri) {
    }
}
