package io.github.bmmsite.model;

import io.github.bmmsite.notation.RelationType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValueChainTest {

    /** The seed's chain: a capability realises IT objectives, which realise the entity's objectives. */
    private static final SiteModel SEED_LIKE = new TestModel()
            .realizes("CAP", "OETI01", "OETI02").realizes("OETI01", "O7").realizes("OETI02", "O5", "O6")
            .realizes("PROC", "O7").influences("OETI03", "O2", "O7").influences("P1", "O2", "O7")
            .relation("APP", RelationType.SERVING, "PROC")
            .build();

    /** The tree as indented lines: "verb key [note]". */
    private static List<String> lines(List<ValueChain.Node> nodes, boolean up) {
        List<String> lines = new ArrayList<>();
        print(nodes, up, "", lines);
        return lines;
    }

    private static void print(List<ValueChain.Node> nodes, boolean up, String indent, List<String> lines) {
        for (ValueChain.Node node : nodes) {
            String verb = up ? node.relation().type().verb() : node.relation().type().inverseVerb();
            lines.add(indent + verb + " " + node.key()
                    + (node.note() == ValueChain.Note.NONE ? "" : " [" + node.note() + "]"));
            print(node.children(), up, indent + "  ", lines);
        }
    }

    @Test
    void goesUpToTheTopObjectivesThroughEveryStep() {
        ValueChain chain = ValueChain.of(SEED_LIKE, "CAP");

        assertThat(lines(chain.up(), true)).containsExactly(
                "realiza OETI01",
                "  realiza O7",
                "realiza OETI02",
                "  realiza O5",
                "  realiza O6");
        assertThat(chain.down()).isEmpty();
        assertThat(chain.limited()).isFalse();
    }

    @Test
    void goesDownToEverythingThatRealisesOrInfluencesTheElement() {
        ValueChain chain = ValueChain.of(SEED_LIKE, "O7");

        assertThat(chain.up()).isEmpty();
        assertThat(lines(chain.down(), false)).containsExactly(
                "es realizado por OETI01",
                "  es realizado por CAP",
                "es realizado por PROC",
                "es influido por OETI03",
                "es influido por P1");
    }

    @Test
    void onlyRealizationAndInfluenceMakeTheChain() {
        assertThat(ValueChain.of(SEED_LIKE, "APP").isEmpty()).isTrue();
        assertThat(lines(ValueChain.of(SEED_LIKE, "PROC").down(), false)).isEmpty();
        assertThat(ValueChain.of(new TestModel().element("solo").build(), "solo").isEmpty()).isTrue();
    }

    @Test
    void aMiddleElementHasBothDirections() {
        ValueChain chain = ValueChain.of(SEED_LIKE, "OETI01");

        assertThat(lines(chain.up(), true)).containsExactly("realiza O7");
        assertThat(lines(chain.down(), false)).containsExactly("es realizado por CAP");
    }

    @Test
    void aCycleEndsWhereItReturnsAndIsMarked() {
        SiteModel model = new TestModel().realizes("A", "B").realizes("B", "C").realizes("C", "A").realizes("C", "TOP")
                .build();

        ValueChain chain = ValueChain.of(model, "A");

        assertThat(lines(chain.up(), true)).containsExactly(
                "realiza B",
                "  realiza C",
                "    realiza A [CYCLE]",
                "    realiza TOP");
        assertThat(lines(chain.down(), false)).containsExactly(
                "es realizado por C",
                "  es realizado por B",
                "    es realizado por A [CYCLE]");
    }

    @Test
    void anElementThatRealisesItselfIsACycleOfOne() {
        SiteModel model = new TestModel().realizes("A", "A").build();

        assertThat(lines(ValueChain.of(model, "A").up(), true)).containsExactly("realiza A [CYCLE]");
    }

    @Test
    void anElementReachedTwiceIsDevelopedOnceWhereItIsNearest() {
        SiteModel model = new TestModel().realizes("START", "MID", "SHARED").realizes("MID", "SHARED")
                .realizes("SHARED", "TOP").build();

        assertThat(lines(ValueChain.of(model, "START").up(), true)).containsExactly(
                "realiza MID",
                "  realiza SHARED [SHOWN_ELSEWHERE]",
                "realiza SHARED",
                "  realiza TOP");
    }

    @Test
    void aRepeatedElementWithNothingMoreNeedsNoNote() {
        SiteModel model = new TestModel().realizes("A", "B", "TOP").realizes("B", "TOP").build();

        assertThat(lines(ValueChain.of(model, "A").up(), true)).containsExactly(
                "realiza B", "  realiza TOP", "realiza TOP");
    }

    @Test
    void depthIsBoundedAndTheLastLevelSaysTheChainContinues() {
        TestModel model = new TestModel();
        for (int i = 0; i < 20; i++) {
            model.realizes("N" + i, "N" + (i + 1));
        }

        ValueChain chain = ValueChain.of(model.build(), "N0", new ValueChain.Limits(3, 100));

        assertThat(lines(chain.up(), true)).containsExactly(
                "realiza N1", "  realiza N2", "    realiza N3 [CONTINUES]");
        assertThat(chain.limited()).isTrue();
    }

    @Test
    void sizeIsBoundedInAHugeModel() {
        TestModel model = new TestModel();
        for (int i = 0; i < 2_000; i++) {
            model.realizes("P" + i, "GOAL");
            model.realizes("Q" + i, "P" + i);
        }

        ValueChain chain = ValueChain.of(model.build(), "GOAL");

        assertThat(chain.limited()).isTrue();
        assertThat(count(chain.down())).isEqualTo(ValueChain.Limits.DEFAULT.maxElements());
        assertThat(chain.down()).allSatisfy(node -> assertThat(node.children()).isEmpty());
    }

    @Test
    void aChainOfOneStepEachWayAddsNothingToTheRelations() {
        ValueChain chain = ValueChain.of(SEED_LIKE, "OETI01");

        assertThat(chain.isEmpty()).isFalse();
        assertThat(chain.beyondDirectRelations().isEmpty()).isTrue();
        assertThat(ValueChain.of(SEED_LIKE, "OETI03").beyondDirectRelations().isEmpty()).isTrue();
    }

    @Test
    void aChainOfTwoStepsIsKeptWhole() {
        ValueChain up = ValueChain.of(SEED_LIKE, "CAP");
        ValueChain down = ValueChain.of(SEED_LIKE, "O7");

        assertThat(up.beyondDirectRelations()).isEqualTo(up);
        assertThat(lines(down.beyondDirectRelations().down(), false)).as("the one-step branches stay beside the deep one")
                .containsExactly("es realizado por OETI01", "  es realizado por CAP", "es realizado por PROC",
                        "es influido por OETI03", "es influido por P1");
    }

    @Test
    void aDirectionOfOneStepIsLeftOutBesideADeepOne() {
        SiteModel model = new TestModel().realizes("BASE", "LOW").realizes("LOW", "MID").realizes("SIDE", "MID")
                .realizes("MID", "TOP").build();

        ValueChain chain = ValueChain.of(model, "MID").beyondDirectRelations();

        assertThat(chain.up()).as("MID realiza TOP is one of its relations").isEmpty();
        assertThat(lines(chain.down(), false)).containsExactly(
                "es realizado por LOW", "  es realizado por BASE", "es realizado por SIDE");
    }

    @Test
    void aCycleOfOneIsNoChain() {
        SiteModel model = new TestModel().realizes("A", "A").build();

        assertThat(ValueChain.of(model, "A").beyondDirectRelations().isEmpty()).isTrue();
    }

    @Test
    void aChainCutAfterItsFirstStepStillGoesOn() {
        SiteModel model = new TestModel().realizes("A", "B").realizes("B", "C").build();

        ValueChain chain = ValueChain.of(model, "A", new ValueChain.Limits(1, 100)).beyondDirectRelations();

        assertThat(lines(chain.up(), true)).containsExactly("realiza B [CONTINUES]");
        assertThat(chain.limited()).isTrue();
    }

    @Test
    void aBoundOnTheLeftOutDirectionNoLongerCounts() {
        TestModel model = new TestModel().realizes("START", "TOP").realizes("TOP", "HIGHER");
        for (int i = 0; i < 5; i++) {
            model.realizes("P" + i, "START");
        }

        ValueChain chain = ValueChain.of(model.build(), "START", new ValueChain.Limits(8, 3));

        assertThat(chain.downLimited()).as("five direct sources, three shown").isTrue();
        assertThat(chain.beyondDirectRelations().down()).isEmpty();
        assertThat(chain.beyondDirectRelations().limited()).isFalse();
        assertThat(lines(chain.beyondDirectRelations().up(), true)).containsExactly("realiza TOP", "  realiza HIGHER");
    }

    @Test
    void aDenseCyclicModelStaysWithinTheBounds() {
        TestModel model = new TestModel();
        for (int i = 0; i < 60; i++) {
            for (int j = 0; j < 60; j++) {
                if (i != j) {
                    model.realizes("E" + i, "E" + j);
                }
            }
        }

        ValueChain chain = ValueChain.of(model.build(), "E0");

        assertThat(count(chain.up())).isLessThanOrEqualTo(ValueChain.Limits.DEFAULT.maxElements());
        assertThat(count(chain.down())).isLessThanOrEqualTo(ValueChain.Limits.DEFAULT.maxElements());
        assertThat(chain.limited()).isTrue();
    }

    private static int count(List<ValueChain.Node> nodes) {
        return nodes.stream().mapToInt(n -> 1 + count(n.children())).sum();
    }
}
