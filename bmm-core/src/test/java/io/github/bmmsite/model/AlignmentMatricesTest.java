package io.github.bmmsite.model;

import io.github.bmmsite.notation.RelationType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AlignmentMatricesTest {

    /** The seed's shape: IT objectives, principles and processes towards the entity's objectives. */
    private static final TestModel SEED_LIKE = new TestModel()
            .group("Objetivos SG", "O1", "O2", "O5", "O7")
            .group("Objetivos OTIC", "OETI01", "OETI02", "OETI03")
            .group("Principios", "P1")
            .group("Procesos y capacidades", "CAP", "PROC")
            .realizes("OETI01", "O7").realizes("OETI02", "O5").influences("OETI03", "O2", "O7")
            .influences("P1", "O2", "O5")
            .realizes("CAP", "OETI01", "OETI02").realizes("PROC", "O7");

    private static AlignmentMatrix only(List<AlignmentMatrix> matrices, String rowGroup) {
        return matrices.stream().filter(m -> m.rowGroup().name().equals(rowGroup)).findFirst().orElseThrow();
    }

    /** The Spanish verb of each mark, read from the row to the column. */
    private static List<String> verbs(AlignmentMatrix matrix, String row, String column) {
        return matrix.at(row, column).stream()
                .map(mark -> mark.reversed() ? mark.relation().type().inverseVerb() : mark.relation().type().verb())
                .toList();
    }

    @Test
    void oneMatrixPerGroupThatIsTheSourceOfRelations() {
        SiteModel model = SEED_LIKE.build();
        List<AlignmentMatrix> matrices = AlignmentMatrices.of(model);

        assertThat(matrices).extracting(m -> m.rowGroup().name())
                .containsExactly("Objetivos OTIC", "Principios", "Procesos y capacidades");
        assertThat(matrices).extracting(m -> m.columnGroups().stream().map(Group::name).toList()).containsExactly(
                List.of("Objetivos SG"), List.of("Objetivos SG"), List.of("Objetivos SG", "Objetivos OTIC"));
        assertThat(matrices).extracting(AlignmentMatrix::targetGroups).containsExactly(
                List.of(model.group("Objetivos SG")), List.of(model.group("Objetivos SG")),
                List.of(model.group("Objetivos SG"), model.group("Objetivos OTIC")));
    }

    @Test
    void rowsAreTheWholeGroupAndColumnsTheWholeTargetGroups() {
        AlignmentMatrix otic = only(AlignmentMatrices.of(SEED_LIKE.build()), "Objetivos OTIC");

        assertThat(otic.rowKeys()).containsExactly("OETI01", "OETI02", "OETI03");
        assertThat(otic.blocks()).singleElement().satisfies(block ->
                assertThat(block.columnKeys()).containsExactly("O1", "O2", "O5", "O7"));
        assertThat(otic.extent()).isEqualTo(AlignmentMatrix.Extent.FULL);
        assertThat(otic.relationCount()).isEqualTo(4);
        assertThat(verbs(otic, "OETI01", "O7")).containsExactly("realiza");
        assertThat(verbs(otic, "OETI03", "O2")).containsExactly("influye en");
        assertThat(otic.at("OETI01", "O1")).isEmpty();
    }

    @Test
    void twoRelationsBetweenTheSameElementsShareTheirCell() {
        SiteModel model = new TestModel().group("A", "a").group("B", "b")
                .realizes("a", "b").influences("a", "b").build();

        assertThat(verbs(AlignmentMatrices.of(model).get(0), "a", "b")).containsExactly("realiza", "influye en");
    }

    @Test
    void emptyGroupsAndGroupsWithoutRelationsMakeNoMatrix() {
        SiteModel model = new TestModel().group("Vacío").group("Sin relaciones", "x").group("Destino", "y")
                .build();

        assertThat(AlignmentMatrices.of(model)).isEmpty();
        assertThat(AlignmentMatrices.of(new TestModel().build())).isEmpty();
    }

    @Test
    void anAssociationCountsFromBothEndsAndOtherTypesFromTheirSourceOnly() {
        SiteModel model = new TestModel().group("Aplicaciones", "APP").group("Procesos", "PROC")
                .relation("APP", RelationType.ASSOCIATION, "PROC")
                .relation("APP", RelationType.SERVING, "PROC").build();

        List<AlignmentMatrix> matrices = AlignmentMatrices.of(model);

        assertThat(verbs(only(matrices, "Aplicaciones"), "APP", "PROC")).containsExactly("está asociado con", "sirve a");
        AlignmentMatrix processes = only(matrices, "Procesos");
        assertThat(verbs(processes, "PROC", "APP")).containsExactly("está asociado con");
        assertThat(processes.at("PROC", "APP").get(0).reversed()).isTrue();
        assertThat(processes.columnGroups()).extracting(Group::name).containsExactly("Aplicaciones");
    }

    @Test
    void anAssociationOfAnElementWithItselfIsOneMark() {
        SiteModel model = new TestModel().group("G", "a").relation("a", RelationType.ASSOCIATION, "a").build();

        AlignmentMatrix matrix = AlignmentMatrices.of(model).get(0);

        assertThat(matrix.at("a", "a")).hasSize(1);
        assertThat(matrix.relationCount()).isEqualTo(1);
    }

    @Test
    void relationsInsideAGroupAndToUngroupedElementsHaveColumnsToo() {
        SiteModel model = new TestModel().group("Objetivos", "O1", "O2").element("suelto")
                .influences("O1", "O2").realizes("O2", "suelto").build();

        AlignmentMatrix matrix = AlignmentMatrices.of(model).get(0);

        assertThat(matrix.blocks()).extracting(AlignmentMatrix.Block::group)
                .containsExactly(model.group("Objetivos"), Optional.empty());
        assertThat(matrix.blocks().get(0).columnKeys()).containsExactly("O1", "O2");
        assertThat(matrix.blocks().get(1).columnKeys()).containsExactly("suelto");
        assertThat(matrix.targetGroups()).containsExactly(model.group("Objetivos"), Optional.empty());
    }

    /** A group of {@code rows} members (R0, …) and one of {@code columns} (C0, …). */
    private static TestModel grid(int rows, int columns) {
        String[] rowKeys = new String[rows];
        String[] columnKeys = new String[columns];
        for (int i = 0; i < rows; i++) {
            rowKeys[i] = "R" + i;
        }
        for (int i = 0; i < columns; i++) {
            columnKeys[i] = "C" + i;
        }
        return new TestModel().group("Filas", rowKeys).group("Columnas", columnKeys);
    }

    @Test
    void aMatrixTooLargeKeepsTheRelatedRowsAndColumns() {
        TestModel model = grid(30, 30).realizes("R3", "C4").realizes("R7", "C4", "C9");

        AlignmentMatrix matrix = AlignmentMatrices.of(model.build(), new AlignmentMatrices.Bound(100, 1_000)).get(0);

        assertThat(matrix.extent()).isEqualTo(AlignmentMatrix.Extent.RELATED_ONLY);
        assertThat(matrix.rowKeys()).containsExactly("R3", "R7");
        assertThat(matrix.blocks().get(0).columnKeys()).containsExactly("C4", "C9");
        assertThat(matrix.groupSize()).isEqualTo(30);
        assertThat(matrix.columnCount()).isEqualTo(30);
        assertThat(matrix.relationCount()).isEqualTo(3);
        assertThat(matrix.shownRelationCount()).isEqualTo(3);
    }

    @Test
    void tooManyHeadingsAndMarksAreTooLargeToo() {
        TestModel model = grid(10, 10).realizes("R1", "C2");

        assertThat(AlignmentMatrices.of(model.build(), new AlignmentMatrices.Bound(1_000, 21)).get(0).extent())
                .as("10 rows, 10 columns and a relation make 21 entries").isEqualTo(AlignmentMatrix.Extent.FULL);
        assertThat(AlignmentMatrices.of(model.build(), new AlignmentMatrices.Bound(1_000, 20)).get(0).extent())
                .isEqualTo(AlignmentMatrix.Extent.RELATED_ONLY);
    }

    @Test
    void aMatrixStillTooLargeShowsItsFirstRows() {
        TestModel model = grid(20, 20);
        for (int i = 0; i < 20; i++) {
            model.realizes("R" + i, "C" + i);
        }

        AlignmentMatrix matrix = AlignmentMatrices.of(model.build(), new AlignmentMatrices.Bound(100, 1_000)).get(0);

        assertThat(matrix.extent()).isEqualTo(AlignmentMatrix.Extent.CUT);
        assertThat(matrix.rowKeys()).containsExactly("R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9");
        assertThat(matrix.shownColumnCount()).isEqualTo(10);
        assertThat(matrix.relatedRows()).isEqualTo(20);
        assertThat(matrix.shownRelationCount()).isEqualTo(10);
        assertThat(matrix.relationCount()).isEqualTo(20);
    }

    @Test
    void aFirstRowTooLargeOnItsOwnShowsItsFirstRelations() {
        TestModel model = grid(2, 50);
        for (int i = 0; i < 50; i++) {
            model.realizes("R0", "C" + i);
        }
        model.realizes("R1", "C0");

        AlignmentMatrix matrix = AlignmentMatrices.of(model.build(), new AlignmentMatrices.Bound(1_000, 21)).get(0);

        assertThat(matrix.extent()).isEqualTo(AlignmentMatrix.Extent.CUT);
        assertThat(matrix.rowKeys()).containsExactly("R0");
        assertThat(matrix.blocks().get(0).columnKeys()).as("1 row + 10 columns + 10 relations")
                .containsExactly("C0", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9");
        assertThat(matrix.shownRelationCount()).isEqualTo(10);
        assertThat(matrix.relationCount()).isEqualTo(51);
    }

    /** However large the model, what a page shows stays within the bound. */
    @Test
    void theDefaultBoundHoldsWhateverTheModelsSize() {
        TestModel model = grid(3_000, 3_000);
        for (int i = 0; i < 3_000; i++) {
            model.realizes("R" + i, "C" + i, "C" + (i * 7 % 3_000)).influences("R" + i, "C" + (i * 13 % 3_000));
        }

        AlignmentMatrix matrix = AlignmentMatrices.of(model.build()).get(0);
        AlignmentMatrices.Bound bound = AlignmentMatrices.Bound.DEFAULT;

        assertThat(matrix.extent()).isEqualTo(AlignmentMatrix.Extent.CUT);
        assertThat((long) matrix.rowKeys().size() * matrix.shownColumnCount()).isLessThanOrEqualTo(bound.maxCells());
        assertThat(matrix.rowKeys().size() + matrix.shownColumnCount() + matrix.shownRelationCount())
                .isLessThanOrEqualTo(bound.maxEntries()).isGreaterThan(bound.maxEntries() - 10);
    }
}
