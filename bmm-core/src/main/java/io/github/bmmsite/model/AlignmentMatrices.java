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
 * <p>A matrix is bounded to {@link #MAX_CELLS} cells: a larger one keeps only the rows and columns
 * that hold a relation, and if that is still too large, only its first rows.
 */
public final class AlignmentMatrices {

    /** Cells of a matrix page: some 40,000 cells make a page of about one megabyte. */
    public static final int MAX_CELLS = 40_000;

    private AlignmentMatrices() {
    }

    public static List<AlignmentMatrix> of(SiteModel model) {
        return of(model, MAX_CELLS);
    }

    static List<AlignmentMatrix> of(SiteModel model, int maxCells) {
        List<AlignmentMatrix> matrices = new ArrayList<>();
        for (Group group : model.groups()) {
            matrix(model, group, maxCells).ifPresent(matrices::add);
        }
        return List.copyOf(matrices);
    }

    private static Optional<AlignmentMatrix> matrix(SiteModel model, Group group, int maxCells) {
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
        if ((long) rows.size() * columnCount > maxCells) {
            extent = AlignmentMatrix.Extent.RELATED_ONLY;
            shownRows = relatedRows;
            shownBlocks = blocks(model, targets, false);
            if ((long) shownRows.size() * count(shownBlocks) > maxCells) {
                extent = AlignmentMatrix.Extent.CUT;
                shownRows = firstRowsThatFit(relatedRows, marks, maxCells);
                Set<String> shownTargets = new LinkedHashSet<>();
                shownRows.forEach(row -> shownTargets.addAll(marks.get(row).keySet()));
                shownBlocks = blocks(model, shownTargets, false);
            }
        }
        Map<String, Map<String, List<AlignmentMatrix.Mark>>> frozen = new LinkedHashMap<>();
        marks.forEach((row, byColumn) -> {
            Map<String, List<AlignmentMatrix.Mark>> columns = new LinkedHashMap<>();
            byColumn.forEach((column, list) -> columns.put(column, List.copyOf(list)));
            frozen.put(row, columns);
        });
        return Optional.of(new AlignmentMatrix(title(group, full), group, shownRows, shownBlocks, frozen, extent, rows.size(),
                relatedRows.size(), relationCount, columnCount));
    }

    private static String title(Group rows, List<AlignmentMatrix.Block> blocks) {
        List<String> columns = blocks.stream().map(b -> b.group().map(Group::name).orElse("elementos sin grupo")).toList();
        String joined = columns.size() == 1 ? columns.get(0)
                : String.join(", ", columns.subList(0, columns.size() - 1)) + " y " + columns.get(columns.size() - 1);
        return rows.name() + " × " + joined;
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

    /** The longest run of first rows whose rows × related columns stay within the bound (at least one row). */
    private static List<String> firstRowsThatFit(List<String> rows, Map<String, Map<String, List<AlignmentMatrix.Mark>>> marks,
                                                 int maxCells) {
        Set<String> columns = new HashSet<>();
        int taken = 0;
        for (String row : rows) {
            long added = marks.get(row).keySet().stream().filter(column -> !columns.contains(column)).count();
            if (taken > 0 && (taken + 1) * (columns.size() + added) > maxCells) {
                break;
            }
            columns.addAll(marks.get(row).keySet());
            taken++;
        }
        return rows.subList(0, taken);
    }
}
