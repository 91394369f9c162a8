package io.github.bmmsite.model;

import io.github.bmmsite.notation.RelationType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the alignment matrices from the model, without knowing any group by name: one matrix
 * per group whose members are the source of a relation. Its rows are the group's members; its
 * columns are the groups that hold the targets of those relations, each shown whole (so that
 * what nothing realises shows as an empty column), in model order, then the targets that belong
 * to no group. A symmetric relation (association) counts from both of its ends.
 *
 * <p>A matrix page is bounded whatever the model's size ({@link Bound}): a larger matrix keeps
 * only the rows and columns that hold a relation, as dependency matrices of modelling tools do
 * when asked for related elements only; if that is still too large, only its first rows.
 */
public final class AlignmentMatrices {

    /**
     * How much of a matrix one page shows.
     *
     * @param maxCells rows × columns
     * @param maxEntries rows, columns and relations together: each is a heading or a mark in the
     *     grid, and again an entry of the phone list or of the key: half a kilobyte to a kilobyte of
     *     page each, by the length of the names
     */
    public record Bound(int maxCells, int maxEntries) {

        /** Keeps a matrix page under 200 KB (some 160 KB at most) with names of 150 characters and no codes. */
        public static final Bound DEFAULT = new Bound(3_000, 160);

        boolean admits(long rows, long columns, long relations) {
            return rows * columns <= maxCells && rows + columns + relations <= maxEntries;
        }
    }

    private AlignmentMatrices() {
    }

    public static List<AlignmentMatrix> of(SiteModel model) {
        return of(model, Bound.DEFAULT);
    }

    static List<AlignmentMatrix> of(SiteModel model, Bound bound) {
        List<AlignmentMatrix> matrices = new ArrayList<>();
        for (Group group : model.groups()) {
            matrix(model, group, bound).ifPresent(matrices::add);
        }
        return List.copyOf(matrices);
    }

    private static Optional<AlignmentMatrix> matrix(SiteModel model, Group group, Bound bound) {
        List<String> rows = group.memberKeys().stream().filter(key -> model.element(key).isPresent()).toList();
        Map<String, Map<String, List<AlignmentMatrix.Mark>>> marks = new LinkedHashMap<>();
        int relationCount = 0;
        for (String row : rows) {
            for (Relation relation : model.outgoing(row)) {
                relationCount += add(model, marks, row, relation.targetKey(), new AlignmentMatrix.Mark(relation, false));
            }
            for (Relation relation : model.incoming(row)) {
                if (symmetric(relation.type()) && !relation.sourceKey().equals(row)) {
                    relationCount += add(model, marks, row, relation.sourceKey(), new AlignmentMatrix.Mark(relation, true));
                }
            }
        }
        if (marks.isEmpty()) {
            return Optional.empty();
        }
        Set<String> targets = new LinkedHashSet<>();
        marks.values().forEach(byColumn -> targets.addAll(byColumn.keySet()));
        List<AlignmentMatrix.Block> full = blocks(model, targets, true);
        int columnCount = count(full);
        List<String> relatedRows = rows.stream().filter(marks::containsKey).toList();
        AlignmentMatrix.Extent extent = AlignmentMatrix.Extent.FULL;
        List<String> shownRows = rows;
        List<AlignmentMatrix.Block> shownBlocks = full;
        if (!bound.admits(rows.size(), columnCount, relationCount)) {
            extent = AlignmentMatrix.Extent.RELATED_ONLY;
            shownRows = relatedRows;
            shownBlocks = blocks(model, targets, false);
            if (!bound.admits(shownRows.size(), count(shownBlocks), relationCount)) {
                extent = AlignmentMatrix.Extent.CUT;
                Map<String, List<String>> cut = firstRowsThatFit(relatedRows, marks, bound);
                shownRows = List.copyOf(cut.keySet());
                Set<String> shownTargets = new LinkedHashSet<>();
                cut.values().forEach(shownTargets::addAll);
                shownBlocks = blocks(model, shownTargets, false);
            }
        }
        Map<String, Map<String, List<AlignmentMatrix.Mark>>> frozen = new LinkedHashMap<>();
        marks.forEach((row, byColumn) -> {
            Map<String, List<AlignmentMatrix.Mark>> columns = new LinkedHashMap<>();
            byColumn.forEach((column, list) -> columns.put(column, List.copyOf(list)));
            frozen.put(row, columns);
        });
        return Optional.of(new AlignmentMatrix(full.stream().map(AlignmentMatrix.Block::group).toList(), group,
                shownRows, shownBlocks, frozen, extent, rows.size(),
                relatedRows.size(), relationCount, columnCount));
    }

    /** 1 when the relation was added, 0 when its other end is not an element of the site. */
    private static int add(SiteModel model, Map<String, Map<String, List<AlignmentMatrix.Mark>>> marks, String row,
                           String column, AlignmentMatrix.Mark mark) {
        if (model.element(column).isEmpty()) {
            return 0;
        }
        marks.computeIfAbsent(row, r -> new LinkedHashMap<>()).computeIfAbsent(column, c -> new ArrayList<>()).add(mark);
        return 1;
    }

    /** A relation type read the same from both ends ("está asociado con"). */
    static boolean symmetric(RelationType type) {
        return type.verb().equals(type.inverseVerb());
    }

    /**
     * The blocks of columns for these targets: their groups in model order, each with all its
     * members ({@code whole}) or with the targets alone; then the targets of no group.
     */
    private static List<AlignmentMatrix.Block> blocks(SiteModel model, Set<String> targets, boolean whole) {
        Map<String, Set<String>> byGroup = new LinkedHashMap<>();
        List<String> ungrouped = new ArrayList<>();
        for (Element element : model.elements()) {
            if (targets.contains(element.key())) {
                Optional<Group> group = element.group().flatMap(model::group);
                if (group.isPresent()) {
                    byGroup.computeIfAbsent(group.get().name(), g -> new LinkedHashSet<>()).add(element.key());
                } else {
                    ungrouped.add(element.key());
                }
            }
        }
        List<AlignmentMatrix.Block> blocks = new ArrayList<>();
        for (Group group : model.groups()) {
            Set<String> related = byGroup.get(group.name());
            if (related != null) {
                List<String> columns = whole
                        ? group.memberKeys().stream().filter(key -> model.element(key).isPresent()).toList()
                        : group.memberKeys().stream().filter(related::contains).toList();
                blocks.add(new AlignmentMatrix.Block(Optional.of(group), columns));
            }
        }
        if (!ungrouped.isEmpty()) {
            blocks.add(new AlignmentMatrix.Block(Optional.empty(), ungrouped));
        }
        return blocks;
    }

    private static int count(List<AlignmentMatrix.Block> blocks) {
        return blocks.stream().mapToInt(b -> b.columnKeys().size()).sum();
    }

    /**
     * The longest run of first rows that stays within the bound, each with the columns it relates
     * to. The first row is always shown: when it alone is too large, with the columns of its first
     * relations only.
     */
    private static Map<String, List<String>> firstRowsThatFit(List<String> rows,
            Map<String, Map<String, List<AlignmentMatrix.Mark>>> marks, Bound bound) {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        Set<String> columns = new HashSet<>();
        long relations = 0;
        for (String row : rows) {
            Map<String, List<AlignmentMatrix.Mark>> byColumn = marks.get(row);
            long added = byColumn.keySet().stream().filter(column -> !columns.contains(column)).count();
            long rowRelations = byColumn.values().stream().mapToLong(List::size).sum();
            if (!bound.admits(shown.size() + 1, columns.size() + added, relations + rowRelations)) {
                if (shown.isEmpty()) {
                    shown.put(row, firstColumnsThatFit(byColumn, bound));
                }
                break;
            }
            columns.addAll(byColumn.keySet());
            relations += rowRelations;
            shown.put(row, List.copyOf(byColumn.keySet()));
        }
        return shown;
    }

    /** The columns of a row's first relations that fit within the bound on their own (at least one). */
    private static List<String> firstColumnsThatFit(Map<String, List<AlignmentMatrix.Mark>> byColumn, Bound bound) {
        List<String> columns = new ArrayList<>();
        long relations = 0;
        for (Map.Entry<String, List<AlignmentMatrix.Mark>> cell : byColumn.entrySet()) {
            if (!columns.isEmpty() && !bound.admits(1, columns.size() + 1, relations + cell.getValue().size())) {
                break;
            }
            columns.add(cell.getKey());
            relations += cell.getValue().size();
        }
        return columns;
    }
}
