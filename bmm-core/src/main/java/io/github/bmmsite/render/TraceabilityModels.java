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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

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
    private final Map<String, List<GroupPage.InvolvedMatrix>> involved;

    TraceabilityModels(SiteModel model, PageModels pages, List<AlignmentMatrix> matrices, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.pages = pages;
        this.matrices = matrices;
        this.involved = involvedByGroup();
    }

    /** The matrices of the model; one cut to fit the bound of a page is a warning, because relations are left out. */
    static List<AlignmentMatrix> matrices(SiteModel model, Diagnostics diagnostics) {
        List<AlignmentMatrix> matrices = AlignmentMatrices.of(model);
        AlignmentMatrices.Bound bound = AlignmentMatrices.Bound.DEFAULT;
        for (AlignmentMatrix matrix : matrices) {
            if (matrix.extent() == AlignmentMatrix.Extent.CUT) {
                String firstRow = matrix.rowKeys().get(0);
                diagnostics.report(Problem.MATRIX_TOO_LARGE,
                        matrix.marks().get(firstRow).values().iterator().next().get(0).relation().declaredAt(),
                        "the alignment matrix of group '" + matrix.rowGroup().name() + "' is too large for one page"
                                + " even without empty rows and columns (more than " + bound.maxCells() + " cells, or"
                                + " more than " + bound.maxEntries() + " rows, columns and relations together), so its"
                                + " page shows " + matrix.shownRelationCount() + " of its " + matrix.relationCount()
                                + " relations, those of its first " + matrix.rowKeys().size() + " of "
                                + matrix.relatedRows() + " related rows; every relation is still on the element pages"
                                + " (split the group to see them all in matrices)");
            }
        }
        return matrices;
    }

    List<AlignmentMatrix> all() {
        return matrices;
    }

    /** {@code data.matrices}: every matrix, for the home page and menus. */
    List<MatrixRef> refs() {
        return matrices.stream().map(this::matrixRef).toList();
    }

    /** A group page's {@code matrices}: those whose rows or columns are the group's members, when there are any. */
    Optional<List<GroupPage.InvolvedMatrix>> of(Group group) {
        return Optional.ofNullable(involved.get(group.name()));
    }

    /** Made once: asking every matrix for every group took a large model's groups × matrices steps. */
    private Map<String, List<GroupPage.InvolvedMatrix>> involvedByGroup() {
        Map<String, List<GroupPage.InvolvedMatrix>> byGroup = new HashMap<>();
        for (AlignmentMatrix matrix : matrices) {
            MatrixRef ref = matrixRef(matrix);
            String rowGroup = matrix.rowGroup().name();
            byGroup.computeIfAbsent(rowGroup, name -> new ArrayList<>()).add(new GroupPage.InvolvedMatrix(ref, true));
            matrix.columnGroups().stream().map(Group::name).filter(name -> !name.equals(rowGroup)).distinct()
                    .forEach(name -> byGroup.computeIfAbsent(name, n -> new ArrayList<>())
                            .add(new GroupPage.InvolvedMatrix(ref, false)));
        }
        return byGroup;
    }

    /**
     * An element page's {@code valueChain}, when the chain goes beyond the element's own relations,
     * which the page lists already: only then does it tell the reader more.
     */
    Optional<ValueChainData> of(Element element) {
        ValueChain chain = ValueChain.of(model, element.key()).beyondDirectRelations();
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ValueChainData(links(chain.up(), true), links(chain.down(), false), chain.limited(),
                ValueChain.Limits.DEFAULT.maxDepth(), ValueChain.Limits.DEFAULT.maxElements()));
    }

    private List<ValueChainData.Link> links(List<ValueChain.Node> nodes, boolean up) {
        List<ValueChainData.Link> list = new ArrayList<>();
        for (ValueChain.Node node : nodes) {
            Optional<String> note = switch (node.note()) {
                case CYCLE -> Optional.of("cycle");
                case SHOWN_ELSEWHERE -> Optional.of("elsewhere");
                case CONTINUES -> Optional.of("continues");
                case NONE -> Optional.empty();
            };
            list.add(new ValueChainData.Link(messages.verb(node.relation().type().id(), up),
                    pages.elementRef(model.element(node.key()).orElseThrow()), note, links(node.children(), up)));
        }
        return list;
    }

    /** The {@code content} of a matrix page. */
    MatrixPage page(AlignmentMatrix matrix) {
        List<Element> columns = matrix.blocks().stream().flatMap(block -> block.columnKeys().stream())
                .map(key -> model.element(key).orElseThrow()).toList();
        List<ElementRef> refs = columns.stream().map(pages::elementRef).toList();
        Map<String, String> labels = ColumnLabels.of(refs);
        Map<String, MatrixPage.Column> columnsByKey = new LinkedHashMap<>();
        for (ElementRef column : refs) {
            columnsByKey.put(column.key(), new MatrixPage.Column(column, labels.get(column.key())));
        }
        List<MatrixPage.Block> blocks = new ArrayList<>();
        for (AlignmentMatrix.Block block : matrix.blocks()) {
            blocks.add(new MatrixPage.Block(block.group().map(pages::groupRef),
                    block.group().map(Group::name).orElseGet(() -> messages.text("matrix.ungrouped")),
                    block.columnKeys().stream().map(columnsByKey::get).toList()));
        }
        Set<String> verbs = new LinkedHashSet<>();
        List<MatrixPage.Row> rows = new ArrayList<>();
        for (String key : matrix.rowKeys()) {
            Element row = model.element(key).orElseThrow();
            List<List<MatrixPage.Mark>> cells = new ArrayList<>(columns.size());
            // The same marks for the list form: each verb with the columns it leads to.
            Map<String, List<MatrixPage.Column>> byVerb = new LinkedHashMap<>();
            for (Element column : columns) {
                List<MatrixPage.Mark> cell = new ArrayList<>();
                for (AlignmentMatrix.Mark mark : matrix.at(key, column.key())) {
                    String verb = messages.verb(mark.relation().type().id(), !mark.reversed());
                    verbs.add(verb);
                    cell.add(new MatrixPage.Mark(verb, shortName(row), shortName(column),
                            SitePaths.of(column) + RELATIONS_ANCHOR));
                    byVerb.computeIfAbsent(verb, v -> new ArrayList<>()).add(columnsByKey.get(column.key()));
                }
                cells.add(cell);
            }
            List<MatrixPage.RowRelation> relations = byVerb.entrySet().stream()
                    .map(entry -> new MatrixPage.RowRelation(entry.getKey(), entry.getValue())).toList();
            rows.add(new MatrixPage.Row(pages.elementRef(row), cells, relations));
        }
        String extent = switch (matrix.extent()) {
            case FULL -> "full";
            case RELATED_ONLY -> "related";
            case CUT -> "cut";
        };
        String title = MatrixTitle.of(matrix, messages);
        return new MatrixPage(pages.page("matrix", messages.text("matrix.title", title), SitePaths.of(matrix),
                pages.documentsOf(Stream.concat(matrix.rowKeys().stream(), columns.stream().map(Element::key)).toList())),
                messages.text("matrix.description", title, messages.count("count.relations", matrix.relationCount())),
                new MatrixPage.Matrix(matrixRef(matrix), blocks, rows, List.copyOf(verbs), extent, matrix.groupSize(),
                        matrix.relatedRows(), matrix.rowKeys().size(), matrix.columnCount(), matrix.shownColumnCount(),
                        matrix.shownRelationCount(), AlignmentMatrices.Bound.DEFAULT.maxCells()));
    }

    private MatrixRef matrixRef(AlignmentMatrix matrix) {
        return new MatrixRef(MatrixTitle.of(matrix, messages), SitePaths.of(matrix), pages.groupRef(matrix.rowGroup()),
                matrix.columnGroups().stream().map(pages::groupRef).toList(), matrix.relationCount());
    }

    /** The code, or the name of an element without one: enough to say which cell a mark is in. */
    private static String shortName(Element element) {
        return element.code().orElse(element.name());
    }
}
