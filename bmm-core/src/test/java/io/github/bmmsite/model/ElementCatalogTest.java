package io.github.bmmsite.model;

import io.github.bmmsite.Fixtures;
import io.github.bmmsite.archimate.ArchimateModel;
import io.github.bmmsite.archimate.ArchimateReader;
import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.parse.ParsedDocument;
import io.github.bmmsite.source.ModelFile;
import io.github.bmmsite.source.Placeholders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules that make one element of every heading that names it, and two of those that name two. */
class ElementCatalogTest {

    private final Diagnostics diagnostics = new Diagnostics();

    @TempDir
    Path folder;

    /** Two elements called "Taquilla" and two with the code "V1", drawn on one view. */
    private ArchimateModel model() throws IOException {
        Files.writeString(folder.resolve("m.archimate"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <archimate:model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:archimate="http://www.archimatetool.com/archimate" name="M" id="id-m">
                  <folder name="Business" id="id-f" type="business">
                    <element xsi:type="archimate:BusinessRole" name="Taquilla" id="id-rol"/>
                    <element xsi:type="archimate:Facility" name="Taquilla" id="id-sede"/>
                    <element xsi:type="archimate:Device" name="V1: Validador" id="id-v1"/>
                    <element xsi:type="archimate:Device" name="V1: Lector" id="id-v1-otro"/>
                  </folder>
                  <folder name="Views" id="id-fv" type="diagrams">
                    <element xsi:type="archimate:ArchimateDiagramModel" name="Recaudo" id="id-recaudo">
                      <child xsi:type="archimate:DiagramModelArchimateObject" id="n1" archimateElement="id-rol"><bounds x="0" y="0"/></child>
                      <child xsi:type="archimate:DiagramModelArchimateObject" id="n2" archimateElement="id-v1"><bounds x="200" y="0"/></child>
                    </element>
                    <element xsi:type="archimate:ArchimateDiagramModel" name="Peajes" id="id-peajes">
                      <child xsi:type="archimate:DiagramModelArchimateObject" id="n3" archimateElement="id-sede"><bounds x="0" y="0"/></child>
                      <child xsi:type="archimate:DiagramModelArchimateObject" id="n4" archimateElement="id-v1-otro"><bounds x="200" y="0"/></child>
                    </element>
                  </folder>
                </archimate:model>
                """);
        return ArchimateReader.read(folder.resolve("m.archimate"), Path::getFileName, diagnostics).orElseThrow();
    }

    private SiteModel assemble(List<ParsedDocument> documents, List<ModelFile> modelFiles,
                               Optional<ArchimateModel> architecture) {
        return new ModelAssembler(diagnostics, new Placeholders(Map.of())).assemble(documents, modelFiles, architecture);
    }

    @Test
    void oneNameMatchedToTwoModelElementsIsTwoElementsToldApartByType() throws IOException {
        SiteModel site = assemble(List.of(
                Fixtures.document("a.md", "## Recaudo\n\n![R](r.png){#fig:id-recaudo}\n\n### Taquilla\nVenta en estaciones.\n",
                        diagnostics),
                Fixtures.document("b.md", "## Peajes\n\n![P](p.png){#fig:id-peajes}\n\n### Taquilla\nCaseta de cobro.\n",
                        diagnostics)), List.of(), Optional.of(model()));

        assertThat(site.elements()).extracting(Element::key, Element::slug).contains(
                org.assertj.core.groups.Tuple.tuple("Taquilla", "taquilla-rol-de-negocio"),
                org.assertj.core.groups.Tuple.tuple("Taquilla (Instalación)", "taquilla-instalacion"));
        assertThat(diagnostics.all()).extracting(Diagnostic::code).doesNotContain("BMM085", "BMM030");
    }

    @Test
    void oneCodeOnTwoHeadingsThatTheModelMatchesToTwoElementsIsTheErrorNoRuleResolves() throws IOException {
        assemble(List.of(
                Fixtures.document("a.md", "## Recaudo\n\n![R](r.png){#fig:id-recaudo}\n\n### V1: Validador\nLee tarjetas.\n",
                        diagnostics),
                Fixtures.document("b.md", "## Peajes\n\n![P](p.png){#fig:id-peajes}\n\n### V1: Lector\nLee placas.\n",
                        diagnostics)), List.of(), Optional.of(model()));

        assertThat(diagnostics.all()).extracting(Diagnostic::format).contains(
                "b.md:5: error [BMM030] 'Lector' and 'Validador' (a.md:5) are two elements of the architecture model"
                        + " with one code, V1; give each its own code in Archi");
    }

    @Test
    void withoutAModelOneNameIsOneElementWhateverTheCaseAccentsOrSpacing() {
        SiteModel site = assemble(List.of(
                Fixtures.document("a.md", "## A\n\n### Línea 195\nTeléfono.\n", diagnostics),
                Fixtures.document("b.md", "## B\n\n### LINEA  195\nTeléfono.\n", diagnostics)), List.of(), Optional.empty());

        assertThat(site.elements()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Línea 195");
            assertThat(line.viewSlugs()).containsExactly("a", "b");
        });
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void aCardAddedToTheSameTextTakesItsPlaceWithoutAWarning() {
        SiteModel site = assemble(List.of(
                Fixtures.document("a.md", "## A\n\n### Portal\nSitio web.\n", diagnostics),
                Fixtures.document("b.md", "## B\n\n### Portal\nSitio web.\n### Ficha\n| A | B |\n|---|---|\n| 1 | 2 |\n"
                        + "### Otro\nX.\n### Ficha\n| A | B |\n|---|---|\n| 3 | 4 |\n", diagnostics),
                Fixtures.document("c.md", "## C\n\n### Portal\nSitio  web.\n", diagnostics)), List.of(), Optional.empty());

        Element portal = site.element("Portal").orElseThrow();
        assertThat(portal.location().toString()).isEqualTo("b.md:3");
        assertThat(portal.description().blocks()).hasSize(3);
        assertThat(portal.otherDescriptions()).isEmpty();
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void aModelFileNamingANameThatSeveralElementsShareMustGiveTheCode() {
        assemble(List.of(Fixtures.document("a.md", "## A\n\n### P1: Validador\nUno.\n### P2: Validador\nDos.\n",
                diagnostics)), List.of(Fixtures.modelFile("m.model.yaml",
                "types:\n  Device: [Validador]\n  Equipment: [P2]\n", diagnostics)), Optional.empty());

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "m.model.yaml:2: error [BMM094] 'Validador' is the name of 2 elements (P1 at a.md:3, P2 at a.md:5);"
                        + " name the one you mean by its code");
    }
}
