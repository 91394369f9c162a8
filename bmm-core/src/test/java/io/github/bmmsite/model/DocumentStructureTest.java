package io.github.bmmsite.model;

import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.Fixtures;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.parse.PandocNodes;
import io.github.bmmsite.parse.ParsedDocument;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The structure of a document on its own: views, their parts, and the document's own text. */
class DocumentStructureTest {

    private static DocumentStructure read(String markdown) {
        return read(markdown, Optional.empty());
    }

    private static DocumentStructure read(String markdown, Optional<ModelNames> names) {
        ParsedDocument document = Fixtures.document("doc.md", markdown, new Diagnostics());
        return DocumentStructure.of(document, names);
    }

    /** "heading | figure id | introduction | entries", one line per view. */
    private static List<String> views(DocumentStructure structure) {
        return structure.views().stream().map(view -> view.heading().map(h -> PandocNodes.plainText(h).strip()).orElse("-")
                + " | " + view.viewId().orElse("-")
                + " | " + text(view.introduction())
                + " | " + view.entries().stream().map(e -> e.kind() + ":" + e.text()
                        + (e.body().isEmpty() ? "" : "[" + text(e.body()) + "]")).collect(Collectors.joining(", ")))
                .toList();
    }

    private static String text(List<Node> blocks) {
        return blocks.stream().map(b -> PandocNodes.plainText(b).strip().replaceAll("\\s+", " "))
                .collect(Collectors.joining(" / "));
    }

    @Test
    void aSingleViewExportIsOneViewWithGroupsAndElements() {
        DocumentStructure structure = read("""

                ## Mapa de capacidades

                Capacidades de la entidad.

                ![07.1. Mapa. _Fuente: propia_](images/mapa.png){#fig:id-mapa width= height=}

                ### Capacidades misionales

                ### CM1: Registrar predios
                Registro de predios urbanos.
                ### Capacidades de apoyo

                ### Gestionar contratos
                Contratación pública.
                """);

        assertThat(views(structure)).containsExactly("Mapa de capacidades | id-mapa | Capacidades de la entidad. /"
                + " 07.1. Mapa. Fuente: propia | GROUP:Capacidades misionales, ELEMENT:CM1: Registrar predios[Registro de"
                + " predios urbanos.], GROUP:Capacidades de apoyo, ELEMENT:Gestionar contratos[Contratación pública.]");
        assertThat(structure.ownText()).isEmpty();
        assertThat(structure.title()).isEmpty();
    }

    @Test
    void aCompilationHasItsOwnTextAndAViewPerFigure() {
        DocumentStructure structure = read("""
                # Informe de arquitectura de datos

                * [Gobierno de datos](#gobierno-de-datos)
                * [Flujo de datos maestros (view)](#flujo-de-datos-maestros-view)

                # Gobierno de datos
                Principios que guían el informe.

                ## Antecedentes
                ### Normativa
                Texto de la normativa.

                ## Flujo de datos maestros (view)
                Cómo circulan los datos maestros.

                ![08.1. Flujo. _Fuente: propia_](images/flujo.png){#fig:id-flujo}

                ### Elementos del Modelo

                | Nombre | Tipo | Documentación |
                |---|---|---|
                | Registro de terceros | Data Object | Terceros de la entidad. |

                ## Catálogo de servicios de datos
                Los servicios que publican datos.

                ![08.2. Catálogo](images/catalogo.png){#fig:id-catalogo}

                ### Servicio de consulta de terceros
                Expone el registro.

                # Conclusiones
                Texto entre vistas y al final.
                """);

        assertThat(views(structure)).containsExactly(
                "Flujo de datos maestros (view) | id-flujo | Cómo circulan los datos maestros. / 08.1. Flujo. Fuente:"
                        + " propia | ELEMENT_TABLE:Elementos del Modelo[Nombre Tipo Documentación Registro de terceros"
                        + " Data Object Terceros de la entidad.]",
                "Catálogo de servicios de datos | id-catalogo | Los servicios que publican datos. / 08.2. Catálogo"
                        + " | ELEMENT:Servicio de consulta de terceros[Expone el registro.]");
        assertThat(structure.title()).map(h -> PandocNodes.plainText(h)).contains("Informe de arquitectura de datos");
        assertThat(text(structure.ownText())).isEqualTo("Gobierno de datos Flujo de datos maestros / Gobierno"
                + " de datos / Principios que guían el informe. / Antecedentes / Normativa / Texto de la normativa."
                + " / Conclusiones / Texto entre vistas y al final.");
    }

    @Test
    void theViewHeadingIsTheOutermostThatHoldsTheFigureAloneNotAHeadingAboveIt() {
        DocumentStructure structure = read("""
                ## Inventario de sistemas

                ### Alcance del inventario
                Qué sistemas se inventariaron.

                #### Criterios
                Solo sistemas en producción.

                ![05.1. Inventario](images/inventario.png){#fig:id-inventario}

                ### Sistemas financieros

                ### SIF: Sistema de información financiera
                Contabilidad y presupuesto.

                ### Datos generales

                | Campo | Valor |
                |---|---|
                | Proveedor | Interno |

                ### Nómina
                Liquidación de salarios.

                ### Datos generales

                | Campo | Valor |
                |---|---|
                | Proveedor | Externo |
                """);

        assertThat(views(structure)).containsExactly("Inventario de sistemas | id-inventario | Alcance del inventario"
                + " / Qué sistemas se inventariaron. / Criterios / Solo sistemas en producción. / 05.1. Inventario"
                + " | GROUP:Sistemas financieros, ELEMENT:SIF: Sistema de información financiera[Contabilidad y"
                + " presupuesto. / Datos generales / Campo Valor Proveedor Interno], ELEMENT:Nómina[Liquidación de"
                + " salarios. / Datos generales / Campo Valor Proveedor Externo]");
        assertThat(structure.views().get(0).sections()).extracting(DocumentStructure.Section::text)
                .containsExactly("Datos generales", "Datos generales");
    }

    @Test
    void aDocumentMayHoldSeveralH1ViewsMarkedAsViews() {
        DocumentStructure structure = read("""
                # Mapa de procesos (view)
                * [Mapa de procesos (view)](#mapa-de-procesos-view)

                Los procesos de la entidad.

                ![02.1. Procesos](images/p.png){#fig:id-procesos}

                ## Procesos estratégicos

                ## Planeación
                Planeación institucional.

                # Cadena de valor (view)
                La cadena de valor.

                ## Atención al ciudadano
                Servicio en ventanilla.
                """);

        assertThat(views(structure)).containsExactly(
                "Mapa de procesos (view) | id-procesos | Mapa de procesos / Los procesos de la entidad. /"
                        + " 02.1. Procesos | GROUP:Procesos estratégicos, ELEMENT:Planeación[Planeación institucional.]",
                "Cadena de valor (view) | - | La cadena de valor. | ELEMENT:Atención al ciudadano[Servicio en ventanilla.]");
        assertThat(structure.ownText()).isEmpty();
    }

    @Test
    void aFigureWithNoHeadingAboveStartsItsViewAtTheTop() {
        DocumentStructure structure = read("""
                Texto antes de la figura.

                ![03.1. Red de sedes. Fuente: propia](images/sedes.png){#fig:id-sedes}

                ### Sede norte
                Oficina principal.
                ### Sede sur
                Oficina de atención.
                """);

        assertThat(views(structure)).containsExactly("- | id-sedes | Texto antes de la figura. / 03.1. Red de sedes."
                + " Fuente: propia | ELEMENT:Sede norte[Oficina principal.], ELEMENT:Sede sur[Oficina de atención.]");
    }

    @Test
    void aDocumentWithoutFigureIsOneViewAsBefore() {
        assertThat(views(read("## Principios\n\nIntroducción.\n\n### P1: Simplicidad\nTexto.\n### P2: Apertura\nTexto.\n")))
                .containsExactly("Principios | - | Introducción. | ELEMENT:P1: Simplicidad[Texto.], ELEMENT:P2:"
                        + " Apertura[Texto.]");
        assertThat(views(read("### P1: Simplicidad\nTexto.\n### P2: Apertura\nTexto.\n")))
                .containsExactly("- | - |  | ELEMENT:P1: Simplicidad[Texto.], ELEMENT:P2: Apertura[Texto.]");
        DocumentStructure prose = read("Solo párrafos.\n\nNinguna vista.\n");
        assertThat(prose.views()).isEmpty();
        assertThat(text(prose.ownText())).isEqualTo("Solo párrafos. / Ninguna vista.");
    }

    @Test
    void headingsWithNothingButDeeperHeadingsUnderThemAreGroupsOfThoseElements() {
        assertThat(views(read("""
                # Canales de atención (view)

                ![C](c.png){#fig:id-c}

                ## Presenciales

                ### Oficina de recaudo
                Pagos en persona.
                ### Mesa de ayuda
                Consultas.
                ## Digitales
                Los canales en línea.
                ### Portal
                Sitio web.
                """))).containsExactly("Canales de atención (view) | id-c | C / Los canales en línea."
                + " | GROUP:Presenciales, ELEMENT:Oficina de recaudo[Pagos en persona.], ELEMENT:Mesa de ayuda[Consultas.],"
                + " GROUP:Digitales, ELEMENT:Portal[Sitio web.]");
    }

    @Test
    void twoFiguresUnderOneHeadingAreOneViewWithAnotherFigure() {
        assertThat(views(read("## Vista\n\n![A](a.png){#fig:id-a}\n\n![B](b.png){#fig:id-b}\n\n### E\nT.\n")))
                .containsExactly("Vista | id-a | A / B | ELEMENT:E[T.]");
    }

    @Test
    void theInnermostMarkedHeadingAboveAFigureIsItsView() {
        assertThat(views(read("# Capítulo (view)\nTexto.\n\n## Detalle (view)\n\n![D](d.png){#fig:id-d}\n\n### E\nT.\n")))
                .containsExactly("Capítulo (view) | - | Texto. | ", "Detalle (view) | id-d | D | ELEMENT:E[T.]");
    }

    @Test
    void deeperHeadingsBelongToTheElementAboveAndTheElementTableIsKnownInEnglishToo() {
        assertThat(views(read("## V\n\n![V](v.png){#fig:id-v}\n\n### E\nT.\n#### Detalle\nMás.\n### Model Elements\n\n"
                + "| Name | Type |\n|---|---|\n| E | Goal |\n")))
                .containsExactly("V | id-v | V | ELEMENT:E[T. / Detalle / Más.], ELEMENT_TABLE:Model Elements[Name Type E"
                        + " Goal]");
    }

    @Test
    void withoutAModelASectionRepeatedUnderSeveralElementsIsNoElementButAnElementDrawnTwiceIs() {
        DocumentStructure structure = read("""
                ## V

                ![V](v.png){#fig:id-v}

                ### Aplicaciones

                ### Portal
                Sitio web.
                ### Características
                Web, 24 horas.
                ### Centro de llamadas
                Teléfono.
                ### Características
                Horario de oficina.
                ### PORTAL
                Sitio web.
                ### Portal
                Sitio web.
                """);

        assertThat(structure.views().get(0).entries()).extracting(e -> e.kind() + ":" + e.text()).containsExactly(
                "GROUP:Aplicaciones", "ELEMENT:Portal", "ELEMENT:Centro de llamadas", "ELEMENT:PORTAL", "ELEMENT:Portal");
    }

    @Test
    void withAModelAHeadingIsAnElementWhenItNamesOneOrHasACode() {
        ModelNames names = (text, viewId) -> {
            assertThat(viewId).contains("id-v");
            String normal = NameKey.normal(text);
            return Set.of("portal ciudadano", "linea 195").contains(normal) ? ModelNames.Naming.ELEMENT
                    : normal.equals("canales") ? ModelNames.Naming.GROUPING : ModelNames.Naming.NOTHING;
        };
        DocumentStructure structure = read("""
                ## V

                ![V](v.png){#fig:id-v}

                ### Canales
                Los canales de atención.
                ### PORTAL CIUDADANO
                Sitio web.
                ### Ficha técnica
                | A | B |
                |---|---|
                | 1 | 2 |
                ### OB9: Objetivo nuevo
                Aún no está en el modelo.
                ### Línea 195
                Teléfono.
                ### Sin nada
                ### Otro
                Texto.
                """, Optional.of(names));

        assertThat(structure.views().get(0).entries()).extracting(e -> e.kind() + ":" + e.text()).containsExactly(
                "GROUP:Canales", "ELEMENT:PORTAL CIUDADANO", "ELEMENT:OB9: Objetivo nuevo", "ELEMENT:Línea 195",
                "GROUP:Sin nada");
        assertThat(structure.views().get(0).sections()).extracting(s -> s.text() + " < "
                + s.of().map(h -> PandocNodes.plainText(h).strip()).orElse("-"))
                .containsExactly("Ficha técnica < PORTAL CIUDADANO", "Otro < -");
    }

    @Test
    void readingIsLinearInTheSizeOfTheDocument() {
        StringBuilder figures = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            figures.append("![F").append(i).append("](f.png){#fig:id-").append(i).append("}\n\n");
        }
        StringBuilder cards = new StringBuilder("## V\n\n![V](v.png){#fig:id-v}\n\n### Portal\nSitio.\n");
        for (int i = 0; i < 50_000; i++) {
            cards.append("### Ficha\n").append(i).append("\n");
        }
        StringBuilder views = new StringBuilder("# Todas\n\n");
        for (int i = 0; i < 30_000; i++) {
            views.append("## Vista ").append(i).append("\n\n![V](v.png){#fig:id-").append(i).append("}\n\n### E")
                    .append(i).append("\nT.\n");
        }
        Diagnostics diagnostics = new Diagnostics();
        ParsedDocument manyFigures = Fixtures.document("figuras.md", figures.toString(), diagnostics);
        ParsedDocument manySections = Fixtures.document("fichas.md", cards.toString(), diagnostics);
        ParsedDocument manyViews = Fixtures.document("vistas.md", views.toString(), diagnostics);
        // Walking back over the document for each figure, or copying an element's text for each
        // section, takes billions of steps here; reading each block a few times takes a second.
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            assertThat(DocumentStructure.of(manyFigures, Optional.empty()).views().size()).isEqualTo(1);
            assertThat(DocumentStructure.of(manySections, Optional.empty()).views().get(0).sections().size())
                    .isEqualTo(50_000);
            assertThat(DocumentStructure.of(manyViews, Optional.empty()).views().size()).isEqualTo(30_000);
        });
    }
}
