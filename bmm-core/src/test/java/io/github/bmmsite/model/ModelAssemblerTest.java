package io.github.bmmsite.model;

import io.github.bmmsite.Fixtures;
import io.github.bmmsite.LinearTime;
import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.parse.ParsedDocument;
import io.github.bmmsite.source.ModelFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ModelAssemblerTest {

    private static final String VIEW = """
            ## Objetivos Estratégicos SG-OTIC

            >\s

            <br>

            Introducción de la vista.

            ![Vista. _Fuente: $APP_](images/v.png){#fig:id-vista width= height=}

            ### Objetivos SG

            ### O1: Promover paz
            Texto de O1.
            ### O10: Mejorar gestión
            Texto de O10.
            ### Objetivos OTIC

            ### OETI02: Fomentar 4RI\s
            Texto de OETI02.
            ### Tecnología como Habilitador Transversal (PETI OTIC)
            Principio.
            ### Toma de decisiones
            Proceso.

            ---
            lang: en
            todo: aun no está lista
            ...
            """;

    private final Diagnostics diagnostics = new Diagnostics();

    private SiteModel assemble(List<ParsedDocument> documents, List<ModelFile> modelFiles) {
        return Fixtures.model(diagnostics, Map.of(), documents, modelFiles);
    }

    private SiteModel seedLike(String modelYaml) {
        return assemble(List.of(Fixtures.document("vista.md", VIEW, diagnostics)),
                modelYaml == null ? List.of() : List.of(Fixtures.modelFile("vista.model.yaml", modelYaml, diagnostics)));
    }

    @Test
    void readsTheViewTitleIntroductionAndDraftNote() {
        View view = seedLike(null).views().get(0);

        assertThat(view.title()).isEqualTo("Objetivos Estratégicos SG-OTIC");
        assertThat(view.slug()).isEqualTo("objetivos-estrategicos-sg-otic");
        assertThat(view.todo()).contains("aun no está lista");
        assertThat(view.introduction().blocks()).hasSize(2);
    }

    @Test
    void readsCodedAndUncodedElementsAndGroupsFromHeadings() {
        SiteModel model = seedLike(null);

        assertThat(model.elements()).extracting(Element::key).containsExactly(
                "O1", "O10", "OETI02", "Tecnología como Habilitador Transversal (PETI OTIC)", "Toma de decisiones");
        Element oeti02 = model.element("OETI02").orElseThrow();
        assertThat(oeti02.name()).isEqualTo("Fomentar 4RI");
        assertThat(oeti02.slug()).isEqualTo("oeti02");
        assertThat(model.element("Toma de decisiones").orElseThrow().code()).isEmpty();
        assertThat(model.element("Tecnología como Habilitador Transversal (PETI OTIC)").orElseThrow().slug())
                .isEqualTo("tecnologia-como-habilitador-transversal-peti-otic");
        assertThat(model.groups()).extracting(Group::name, Group::memberKeys).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Objetivos SG", List.of("O1", "O10")),
                org.assertj.core.groups.Tuple.tuple("Objetivos OTIC", List.of("OETI02",
                        "Tecnología como Habilitador Transversal (PETI OTIC)", "Toma de decisiones")));
        assertThat(model.figures()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("fig:id-vista");
            assertThat(f.number()).isEqualTo(1);
        });
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void takesGroupsTypesAndRelationsFromTheModelFile() {
        SiteModel model = seedLike("""
                groups:
                  Principios PETI: [Tecnología como Habilitador Transversal (PETI OTIC)]
                  Procesos y capacidades: [Toma de decisiones]
                types:
                  Goal: [O1, O10, OETI02]
                  Principle: [Tecnología como Habilitador Transversal (PETI OTIC)]
                  BusinessProcess: [Toma de decisiones]
                relations:
                  realization:
                    Toma de decisiones: O10
                  influence:
                    Tecnología como Habilitador Transversal (PETI OTIC): [O1, Mejorar gestión]
                """);

        assertThat(diagnostics.all()).isEmpty();
        assertThat(model.group("Objetivos OTIC").orElseThrow().memberKeys()).containsExactly("OETI02");
        assertThat(model.group("Procesos y capacidades").orElseThrow().memberKeys())
                .containsExactly("Toma de decisiones");
        assertThat(model.element("Toma de decisiones").orElseThrow().type().orElseThrow().label())
                .isEqualTo("Proceso de negocio");
        assertThat(model.incoming("O10")).extracting(r -> r.sourceKey() + " " + r.type().verb())
                .containsExactly("Toma de decisiones realiza",
                        "Tecnología como Habilitador Transversal (PETI OTIC) influye en");
        assertThat(model.views().get(0).groupNames()).containsExactly("Objetivos SG", "Objetivos OTIC",
                "Principios PETI", "Procesos y capacidades");
    }

    @Test
    void reportsModelFileNamesThatMatchNoElementWithTheirLine() {
        seedLike("""
                types:
                  Goal: [O1, O5]
                  Objetivo: [O10]
                relations:
                  realizes:
                    O1: O10
                  influence:
                    O1: [Inexistente]
                groups:
                  A: [O1]
                  B: [O1]
                """);

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "vista.model.yaml:2: error [BMM032] no document describes an element with the code or name 'O5';"
                        + " write it exactly as in its heading",
                "vista.model.yaml:3: error [BMM033] 'Objetivo' is not an ArchiMate element type"
                        + " (for example Goal, Principle, Capability, BusinessProcess)",
                "vista.model.yaml:5: error [BMM034] 'realizes' is not an ArchiMate relationship type"
                        + " (for example realization, influence, serving, association)",
                "vista.model.yaml:8: error [BMM032] no document describes an element with the code or name"
                        + " 'Inexistente'; write it exactly as in its heading",
                "vista.model.yaml:11: error [BMM035] 'O1' is listed in two groups; an element belongs to one");
    }

    @Test
    void anElementDescribedTwiceInOneDocumentIsOneElementWithBothTexts() {
        SiteModel model = assemble(List.of(Fixtures.document("a.md",
                "## A\n\n### O1: Uno\nTexto.\n### X\nTexto.\n### O1. Uno\nOtro.\n### X\nTexto.\n", diagnostics)),
                List.of());

        assertThat(model.elements()).extracting(Element::key).containsExactly("O1", "X");
        assertThat(model.element("O1").orElseThrow().otherDescriptions()).singleElement()
                .satisfies(other -> assertThat(other.location().toString()).isEqualTo("a.md:7"));
        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "a.md:7: warning [BMM085] 'O1: Uno' is described here differently than at a.md:3; its page shows both"
                        + " texts, the first one first; give both documents the same text (the model's documentation)"
                        + " to show one");
    }

    @Test
    void anElementOfSeveralViewsIsOneElementListingEveryView() {
        SiteModel model = assemble(List.of(
                Fixtures.document("a.md", "## A\n\n### Objetivos\n\n### ACC2: Fortalecer la Gestión Pública\n"
                        + "Texto   de la\ngestión.\n### O1: Uno\nTexto.\n", diagnostics),
                Fixtures.document("b.md", "## B\n\n### Objetivos\n\n### ACC2. Fortalecer la Gestión Pública\n"
                        + "Texto de la gestión.\n### O2: Dos\nTexto.\n", diagnostics)), List.of());

        assertThat(model.elements()).extracting(Element::key).containsExactly("ACC2", "O1", "O2");
        Element shared = model.element("ACC2").orElseThrow();
        assertThat(shared.viewSlugs()).containsExactly("a", "b");
        assertThat(shared.viewSlug()).isEqualTo("a");
        assertThat(shared.location().toString()).isEqualTo("a.md:5");
        assertThat(shared.otherDescriptions()).isEmpty();
        assertThat(model.views().get(1).elementKeys()).containsExactly("ACC2", "O2");
        assertThat(model.views().get(1).groupNames()).containsExactly("Objetivos");
        assertThat(model.group("Objetivos").orElseThrow().memberKeys()).containsExactly("ACC2", "O1", "O2");
        assertThat(diagnostics.all()).as("the same text twice is no problem").isEmpty();
    }

    @Test
    void keepsEveryDifferingDescriptionAndWarnsNamingBothPlaces() {
        SiteModel model = assemble(List.of(
                Fixtures.document("a.md", "## A\n\n### Toma de decisiones\nProceso estratégico.\n", diagnostics),
                Fixtures.document("b.md", "## B\n\n### O1: Uno\nTexto.\n### Toma de decisiones\nProceso operativo.\n",
                        diagnostics),
                Fixtures.document("c.md", "## C\n\n### Toma de decisiones\nProceso  operativo.\n", diagnostics)),
                List.of());

        Element shared = model.element("Toma de decisiones").orElseThrow();
        assertThat(shared.viewSlugs()).containsExactly("a", "b", "c");
        assertThat(PandocNodesText.of(shared.description())).isEqualTo("Proceso estratégico.");
        assertThat(shared.otherDescriptions()).singleElement().satisfies(other -> {
            assertThat(other.viewSlug()).isEqualTo("b");
            assertThat(other.location().toString()).isEqualTo("b.md:5");
            assertThat(PandocNodesText.of(other.description())).isEqualTo("Proceso operativo.");
        });
        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "b.md:5: warning [BMM085] 'Toma de decisiones' is described here differently than at a.md:3;"
                        + " its page shows both texts, the first one first; give both documents the same text"
                        + " (the model's documentation) to show one");
    }

    @Test
    void warnsWhenViewsNameASharedElementDifferentlyAndKeepsItInTheGroupOfEachView() {
        SiteModel model = assemble(List.of(
                Fixtures.document("a.md", "## A\n\n### Objetivos SG\n\n### O1: Promover paz\nTexto.\n", diagnostics),
                Fixtures.document("b.md", "## B\n\n### Metas\n\n### O1: Promover la paz\nTexto.\n### O2: Dos\nT.\n"
                        + "### Otros\n\n### O3: Tres\nT.\n", diagnostics),
                Fixtures.document("c.md", "## C\n\n### O3: Tres\nT.\n### Metas\n\n### O4: Cuatro\nT.\n", diagnostics)),
                List.of());

        assertThat(model.element("O1").orElseThrow().name()).isEqualTo("Promover paz");
        assertThat(model.element("O1").orElseThrow().group()).as("the first group, for breadcrumbs").contains("Objetivos SG");
        assertThat(model.groupsOf("O1")).extracting(Group::name).containsExactly("Objetivos SG", "Metas");
        assertThat(model.group("Metas").orElseThrow().memberKeys()).containsExactly("O1", "O2", "O4");
        assertThat(model.views()).extracting(View::groupNames).containsExactly(
                List.of("Objetivos SG"), List.of("Metas", "Otros"), List.of("Otros", "Metas"));
        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "b.md:5: warning [BMM086] 'O1' is named 'Promover paz' at a.md:5 and 'Promover la paz' here;"
                        + " its page uses the first name, so write the same name in both documents");
    }

    @Test
    void aModelFileGroupReplacesTheGroupsOfEveryView() {
        SiteModel model = assemble(List.of(
                Fixtures.document("a.md", "## A\n\n### Objetivos SG\n\n### O1: Uno\nT.\n### O2: Dos\nT.\n", diagnostics),
                Fixtures.document("b.md", "## B\n\n### Metas\n\n### O1: Uno\nT.\n### O3: Tres\nT.\n", diagnostics)),
                List.of(Fixtures.modelFile("m.model.yaml", "groups:\n  Principios: [O1]\n", diagnostics)));

        assertThat(model.groupsOf("O1")).extracting(Group::name).containsExactly("Principios");
        assertThat(model.views()).extracting(View::groupNames).containsExactly(
                List.of("Principios", "Objetivos SG"), List.of("Principios", "Metas"));
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void warnsWhenALaterViewGivesACodeToAnElementNamedWithoutOne() {
        SiteModel model = assemble(List.of(
                Fixtures.document("a.md", "## A\n\n### Toma de decisiones\nProceso.\n", diagnostics),
                Fixtures.document("b.md", "## B\n\n### P1: Toma de decisiones\nProceso.\n", diagnostics)), List.of());

        assertThat(model.elements()).extracting(Element::key).containsExactly("Toma de decisiones");
        assertThat(model.element("Toma de decisiones").orElseThrow().viewSlugs()).containsExactly("a", "b");
        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "b.md:3: warning [BMM086] 'Toma de decisiones' has no code at a.md:3 but 'P1' here;"
                        + " its page keeps the first heading, so write the code in both documents");
    }

    @Test
    void oneNameWithTwoCodesIsTwoElementsToldApartByTheirCodes() {
        SiteModel model = assemble(List.of(Fixtures.document("a.md", "## A\n\n### O1: Uno\nTexto.\n", diagnostics),
                Fixtures.document("b.md", "## B\n\n### O9: Uno\nOtro texto.\n", diagnostics)), List.of());

        assertThat(model.elements()).extracting(Element::key, Element::slug)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("O1", "o1"), org.assertj.core.groups.Tuple.tuple("O9", "o9"));
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void readsCodesWrittenWithAColonOrAFullStop() {
        SiteModel model = assemble(List.of(Fixtures.document("a.md",
                "## A\n\n### ACC2. Fortalecer la Gestión Pública\nT.\n### O7: Fortalecer capacidades\nT.\n"
                        + "### OETI01 : Gobierno Digital\nT.\n### O1.2 no es un código\nT.\n### 2024. Año\nT.\n",
                diagnostics)), List.of());

        assertThat(model.elements()).extracting(e -> e.code().orElse("-") + "|" + e.name()).containsExactly(
                "ACC2|Fortalecer la Gestión Pública", "O7|Fortalecer capacidades", "OETI01|Gobierno Digital",
                "-|O1.2 no es un código", "-|2024. Año");
    }

    @Test
    void dropsTheViewMarkOfTheExportFromTheTitle() {
        SiteModel model = assemble(List.of(
                Fixtures.document("a.md", "# Situación Actual. Sistemas de Información SG (view)\n\n## O1: Uno\nT.\n",
                        diagnostics),
                Fixtures.document("b.md", "# (View)\n\n## O2: Dos\nT.\n", diagnostics)), List.of());

        assertThat(model.views()).extracting(View::title)
                .containsExactly("Situación Actual. Sistemas de Información SG", "b");
        assertThat(model.views()).extracting(View::slug)
                .containsExactly("situacion-actual-sistemas-de-informacion-sg", "b");
    }

    @Test
    void numbersFiguresInReadingOrderAcrossDocumentsWithIdsOfEachDocument() {
        SiteModel model = assemble(List.of(
                Fixtures.document("a.md", "## A\n\n![a](a.png){#fig:a}\n\n![b](b.png){#fig:b}\n", diagnostics),
                Fixtures.document("b.md", "## B\n\n![c](c.png){#fig:c}\n\n![otra](d.png){#fig:a}\n", diagnostics)),
                List.of());

        assertThat(model.figures()).extracting(f -> f.id() + "=" + f.number()).containsExactly("fig:a=1", "fig:b=2",
                "fig:c=3", "fig:a=4");
        assertThat(model.figure(model.views().get(1).document().ast(), "fig:a")).map(Figure::number).contains(4);
        assertThat(model.views()).extracting(View::viewId).containsExactly(Optional.of("a"), Optional.of("c"));
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void refusesOneFigureIdForTwoImagesOfOneDocument() {
        assemble(List.of(Fixtures.document("a.md", "## A\n\n![a](a.png){#fig:a}\n\n![otra](d.png){#fig:a}\n",
                diagnostics)), List.of());

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "a.md:5: error [BMM024] the figure id 'fig:a' is already used at a.md:3 for another image;"
                        + " figure ids must be unique within a document");
    }

    @Test
    void takesTheTitleFromMetadataWhenThereIsNoTitleHeading() {
        SiteModel model = assemble(List.of(Fixtures.document("sin-titulo.md",
                "---\ntitle: Vista de capacidades\n---\n\n### ACC2. Fortalecer la Gestión Pública\nTexto.\n",
                diagnostics)), List.of());

        assertThat(model.views().get(0).title()).isEqualTo("Vista de capacidades");
        assertThat(model.elements()).extracting(Element::title).containsExactly("ACC2: Fortalecer la Gestión Pública");
    }

    @Test
    void fillsTitlePagePlaceholdersAndNamesTheViewByItsFileWhenTheyHaveNoValue() {
        String titlePage = "---\ntitle: $TITULO\nsubtitle: $SUBTITULO\ndate: $COMMIT\npage-break: true\n---\n\n"
                + "## Capacidades\n\n## SIGA: Sistema\nTexto.\n\n### Módulos\nNómina.\n";
        SiteModel filled = Fixtures.model(diagnostics, Map.of("TITULO", "Capacidades de TI"),
                List.of(Fixtures.document("03.capacidades.md", titlePage, diagnostics)), List.of());

        assertThat(filled.views().get(0).title()).isEqualTo("Capacidades de TI");
        assertThat(filled.views().get(0).groupNames()).as("the first heading is a group, not the title")
                .containsExactly("Capacidades");
        assertThat(diagnostics.all()).as("metadata the site does not show is not checked").isEmpty();

        SiteModel unfilled = assemble(List.of(Fixtures.document("03.capacidades.md", titlePage, diagnostics)), List.of());

        assertThat(unfilled.views().get(0).title()).isEqualTo("03.capacidades");
        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "03.capacidades.md:2: warning [BMM020] the placeholder $TITULO has no value;"
                        + " set it in the plugin's <variables>");
    }

    /** The plain text of a description, to compare what was kept. */
    private static final class PandocNodesText {
        static String of(Fragment fragment) {
            return io.github.bmmsite.parse.PandocNodes.plainText(fragment.blocks());
        }
    }

    @Test
    void aTwentyMegabyteHeadingOfLettersAndDigitsCostsItsLength() {
        // Telling a code ("O7: …") from the name went back over the heading once per digit.
        String name = "A1".repeat(10_000_000);
        ParsedDocument document = Fixtures.document("v.md", "## V\n\n### " + name + "\nTexto.\n", diagnostics);

        SiteModel model = LinearTime.of(() -> assemble(List.of(document), List.of()));

        assertThat(model.element(name)).map(Element::code).contains(Optional.empty());
    }

    @Test
    void theViewMarkIsRemovedInLinearTime() {
        String title = "Vista" + " ".repeat(1_000_000) + "de tramites";

        assertThat(LinearTime.of(() -> io.github.bmmsite.parse.PandocNodes.withoutViewMark(title)).equals(title)).isTrue();
        assertThat(io.github.bmmsite.parse.PandocNodes.withoutViewMark("Vista de trámites  (View) ")).isEqualTo("Vista de trámites");
    }
}
