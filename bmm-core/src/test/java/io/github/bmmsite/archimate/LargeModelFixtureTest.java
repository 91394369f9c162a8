package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.notation.Diagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LargeModelFixtureTest {

    @Test
    void isAModelOfThirtyTwoViewsWithALargeOneAndTheSameBytesEveryTime(@TempDir Path folder) throws IOException {
        LargeModelFixture.write(folder.resolve("a.archimate"));
        LargeModelFixture.write(folder.resolve("b.archimate"));
        assertThat(Files.mismatch(folder.resolve("a.archimate"), folder.resolve("b.archimate"))).isEqualTo(-1);

        Diagnostics diagnostics = new Diagnostics();
        ArchimateModel model = ArchimateReader.read(folder.resolve("a.archimate"), Path::getFileName, diagnostics)
                .orElseThrow();

        assertThat(diagnostics.hasErrors()).as(diagnostics.all().toString()).isFalse();
        assertThat(model.views()).hasSize(LargeModelFixture.VIEWS);
        ArchimateView large = model.view(LargeModelFixture.LARGE_VIEW_ID).orElseThrow();
        assertThat(large.name()).isEqualTo(LargeModelFixture.LARGE_VIEW_NAME);
        assertThat(large.allNodes().count()).isEqualTo(LargeModelFixture.LARGE_BOXES);
        assertThat(large.allNodes().filter(node -> node.figure() == ViewNode.Figure.NOTE)).hasSize(3);
        assertThat(large.allNodes().filter(node -> node.figure() == ViewNode.Figure.GROUP)).hasSize(1);
        assertThat(large.allNodes().filter(node -> node.elementId().flatMap(model::junction).isPresent())).hasSize(2);
        assertThat(large.connections()).filteredOn(c -> !c.bendpoints().isEmpty()).singleElement()
                .satisfies(c -> assertThat(c.bendpoints()).containsExactly(new Diagram.Point(852.5, 1480.25)));
        assertThat(large.allNodes().mapToDouble(node -> node.bounds().x() + node.bounds().width()).max().orElseThrow())
                .isBetween(2900.0, (double) LargeModelFixture.LARGE_WIDTH);
        assertThat(large.allNodes().mapToDouble(node -> node.bounds().y() + node.bounds().height()).max().orElseThrow())
                .isBetween(1900.0, (double) LargeModelFixture.LARGE_HEIGHT);
        assertThat(large.connections()).hasSizeGreaterThan(100);
    }
}
