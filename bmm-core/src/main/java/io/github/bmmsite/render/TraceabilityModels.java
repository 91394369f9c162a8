package io.github.bmmsite.render;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.AlignmentMatrices;
import io.github.bmmsite.model.AlignmentMatrix;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.Group;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.ValueChain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What templates see of traceability: the alignment matrix pages ({@code content.matrix}), the
 * matrices a group takes part in ({@code content.matrices} of group pages, {@code data.matrices})
 * and the value chain of an element ({@code content.valueChain}).
 */
final class TraceabilityModels {

    /** Where a mark of a matrix leads: the relations of the column's element. */
    private static final String RELATIONS_ANCHOR = "#relaciones";

    private final SiteModel model;
    private final PageModels pages;
    private final List<AlignmentMatrix> matrices;
    private final Messages messages;

    TraceabilityModels(SiteModel model, PageModels pages, List<AlignmentMatrix> matrices, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.pages = pages;
        this.matrices = matrices;
    }

    /** The matrices of the model; one cut to fit the bound on cells is a warning, because rows are left out. */
    static List<AlignmentMatrix> matrices(SiteModel model, Diagnostics diagnostics) {
        List<AlignmentMatrix> matrices = AlignmentMatrices.of(model);
        for (AlignmentMatrix matrix : matrices) {
            if (matrix.extent() == AlignmentMatrix.Extent.CUT) {
                String firstRow = matrix.rowKeys().get(0);
                diagnostics.report(Problem.MATRIX_TOO_LARGE,
                        matrix.marks().get(firstRow).values().iterator().next().get(0).relation().declaredAt(),
                        "the alignment matrix of group '" + matrix.rowGroup().name() + "' would have more than "
                                + AlignmentMatrices.MAX_CELLS + " cells even without empty rows and columns, so its page"
                                + " shows " + matrix.rowKeys().size() + " of its " + matrix.relatedRows()
                                + " related rows; every relation is still on the element pages (split the group to"
                                + " see them all in matrices)");
            }
        }
        return matrices;
    }

    List<AlignmentMatrix> all() {
        return matrices;
    }

    /** {@code data.matrices}: every matrix, for the home page and menus. */
    List<Map<String, Object>> refs() {
        return matrices.stream().map(this::matrixRef).toList();
    }

    /** Adds {@code matrices} to a group page: the matrices whose rows or columns are the group's members. */
    void addTo(Map<String, Object> groupPage, Group group) {
        List<Map<String, Object>> involved = new ArrayList<>();
        for (AlignmentMatrix matrix : matrices) {
            boolean rows = matrix.rowGroup().name().equals(group.name());
            if (rows || matrix.columnGroups().stream().anyMatch(g -> g.name().equals(group.name()))) {
                Map<String, Object> ref = matrixRef(matrix);
                ref.put("asRows", rows);
                involved.add(ref);
            }
        }
        if (!involved.isEmpty()) {
            groupPage.put("matrices", involved);
        }
    }

    /** Adds {@code valueChain} to an element page, when the element realises, influences or is served by anything. */
    void addTo(Map<String, Object> elementPage, Element element) {
        ValueChain chain = ValueChain.of(model, element.key());
        if (chain.isEmpty()) {
            return;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("up", nodes(chain.up(), true));
        map.put("down", nodes(chain.down(), false));
        map.put("limited", chain.limited());
        map.put("maxDepth", ValueChain.Limits.DEFAULT.maxDepth());
        map.put("maxElements", ValueChain.Limits.DEFAULT.maxElements());
        elementPage.put("valueChain", map);
    }

    private List<Map<String, Object>> nodes(List<ValueChain.Node> nodes, boolean up) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ValueChain.Node node : nodes) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("verb", messages.verb(node.relation().type().id(), up));
            map.put("element", pages.elementRef(model.element(node.key()).orElseThrow()));
            switch (node.note()) {
                case CYCLE -> map.put("note", "cycle");
                case SHOWN_ELSEWHERE -> map.put("note", "elsewhere");
                case CONTINUES -> map.put("note", "continues");
                case NONE -> { }
            }
            map.put("children", nodes(node.children(), up));
            list.add(map);
        }
        return list;
    }

    /** The {@code content} of a matrix page. */
    Map<String, Object> page(AlignmentMatrix matrix) {
        String title = MatrixTitle.of(matrix, messages);
        Map<String, Object> content = pages.page("matrix", messages.text("matrix.title", title), SitePaths.of(matrix));
        content.put("description", messages.text("matrix.description", title,
                messages.count("count.relations", matrix.relationCount())));
        Map<String, Object> map = matrixRef(matrix);
        List<Map<String, Object>> blocks = new ArrayList<>();
        List<Element> columns = new ArrayList<>();
        for (AlignmentMatrix.Block block : matrix.blocks()) {
            Map<String, Object> ref = new LinkedHashMap<>();
            block.group().ifPresent(group -> ref.put("group", pages.groupRef(group)));
            ref.put("name", block.group().map(Group::name).orElseGet(() -> messages.text("matrix.ungrouped")));
            List<Map<String, Object>> elements = new ArrayList<>();
            for (String key : block.columnKeys()) {
                Element element = model.element(key).orElseThrow();
                columns.add(element);
                elements.add(pages.elementRef(element));
            }
            ref.put("columns", elements);
            blocks.add(ref);
        }
        map.put("blocks", blocks);
        Set<String> verbs = new LinkedHashSet<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String key : matrix.rowKeys()) {
            Element row = model.element(key).orElseThrow();
            List<List<Map<String, Object>>> cells = new ArrayList<>(columns.size());
            for (Element column : columns) {
                List<AlignmentMatrix.Mark> marks = matrix.at(key, column.key());
                if (marks.isEmpty()) {
                    cells.add(List.of());
                    continue;
                }
                List<Map<String, Object>> cell = new ArrayList<>();
                for (AlignmentMatrix.Mark mark : marks) {
                    String verb = messages.verb(mark.relation().type().id(), !mark.reversed());
                    verbs.add(verb);
                    Map<String, Object> ref = new LinkedHashMap<>();
                    ref.put("verb", verb);
                    ref.put("from", shortName(row));
                    ref.put("to", shortName(column));
                    ref.put("uri", SitePaths.of(column) + RELATIONS_ANCHOR);
                    cell.add(ref);
                }
                cells.add(cell);
            }
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("element", pages.elementRef(row));
            ref.put("cells", cells);
            rows.add(ref);
        }
        map.put("rows", rows);
        map.put("verbs", List.copyOf(verbs));
        map.put("extent", switch (matrix.extent()) {
            case FULL -> "full";
            case RELATED_ONLY -> "related";
            case CUT -> "cut";
        });
        map.put("groupSize", matrix.groupSize());
        map.put("relatedRows", matrix.relatedRows());
        map.put("shownRows", matrix.rowKeys().size());
        map.put("columnCount", matrix.columnCount());
        map.put("shownColumns", matrix.shownColumnCount());
        map.put("maxCells", AlignmentMatrices.MAX_CELLS);
        content.put("matrix", map);
        return content;
    }

    private Map<String, Object> matrixRef(AlignmentMatrix matrix) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("title", MatrixTitle.of(matrix, messages));
        ref.put("uri", SitePaths.of(matrix));
        ref.put("rowGroup", pages.groupRef(matrix.rowGroup()));
        ref.put("columnGroups", matrix.columnGroups().stream().map(pages::groupRef).toList());
        ref.put("relationCount", matrix.relationCount());
        return ref;
    }

    /** The code, or the name of an element without one: enough to say which cell a mark is in. */
    private static String shortName(Element element) {
        return element.code().orElse(element.name());
    }
}
