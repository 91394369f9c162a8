package io.github.bmmsite.html;

import io.github.bmmsite.Fixtures;
import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.SiteModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FragmentRendererTest {

    private final Diagnostics diagnostics = new Diagnostics();

    /** The description of the element {@code key} in a site made of {@code markdown}. */
    private String description(String markdown, String key) {
        return description(markdown, key, Map.of());
    }

    private String description(String markdown, String key, Map<String, String> variables) {
        SiteModel model = Fixtures.model(diagnostics, variables,
                List.of(Fixtures.document("doc.md", markdown, diagnostics)), List.of());
        Links links = Fixtures.links(model, variables, diagnostics);
        Element element = model.element(key).orElseThrow();
        return new FragmentRenderer(links).render(element.description());
    }

    private String introduction(String markdown) {
        Links links = Fixtures.site(markdown, diagnostics);
        return new FragmentRenderer(links).render(links.model().views().get(0).introduction());
    }

    @Test
    void linksWholeCodeMentionsToTheirPages() {
        String html = description("## V\n\n### O1: Uno\nApoya a O10 y no a O100; ver O1.\n### O10: Diez\nTexto.\n", "O1");

        assertThat(html).isEqualTo("<p>Apoya a <a class=\"bmm-mention\" href=\"../elementos/o10.html\""
                + " title=\"O10: Diez\">O10</a> y no a O100; ver <a class=\"bmm-mention\" href=\"../elementos/o1.html\""
                + " title=\"O1: Uno\">O1</a>.</p>\n");
    }

    @Test
    void leavesCodesInsideLinksAndCodeAlone() {
        String html = description("## V\n\n### O1: Uno\n[O10 en otro sitio](https://example.org/O10) y `O10`.\n"
                + "### O10: Diez\nTexto.\n", "O1");

        assertThat(html).doesNotContain("bmm-mention");
        assertThat(html).contains("<code>O10</code>",
                "<a href=\"https://example.org/O10\" rel=\"noopener noreferrer\">O10 en otro sitio</a>");
    }

    @Test
    void fillsPlaceholdersAndMarksTheOnesWithoutValue() {
        String html = description("## V\n\n### X\nPara $CLIENTE con $APP.\n", "X", Map.of("CLIENTE", "la Secretaría"));

        assertThat(html).isEqualTo("<p>Para la Secretaría con <mark class=\"bmm-unresolved\""
                + " title=\"Variable sin valor en la configuración: APP\">APP</mark>.</p>\n");
        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "doc.md:4: warning [BMM020] the placeholder $APP has no value; set it in the plugin's <variables>");
    }

    @Test
    void dropsPrintOnlyDirectivesAndEmptyQuotes() {
        String html = introduction("## V\n\n>\n\n<br>\n\n\\newpage\n\n<div style=\"page-break-before: always;\">\n\n"
                + "</div>\n\nTexto.\n\n> \n");

        assertThat(html).isEqualTo("<p>Texto.</p>\n");
    }

    @Test
    void numbersFiguresAndLinksCrossReferences() {
        String html = introduction("## V\n\nComo muestra @fig:a, y [@fig:a; @fig:b]. @Fig:b lo resume.\n\n"
                + "![Primera](uno.png){#fig:a width= height=}\n\n![Segunda](dos.png){#fig:b}\n");

        assertThat(html).contains("Como muestra figura <a class=\"bmm-xref\" href=\"../vistas/v.html#fig:a\">1</a>,"
                + " y figuras <a class=\"bmm-xref\" href=\"../vistas/v.html#fig:a\">1</a> y"
                + " <a class=\"bmm-xref\" href=\"../vistas/v.html#fig:b\">2</a>."
                + " Figura <a class=\"bmm-xref\" href=\"../vistas/v.html#fig:b\">2</a> lo resume.");
        assertThat(html).contains("<figure class=\"bmm-figure\" id=\"fig:a\">",
                "<figcaption><span class=\"bmm-figure-number\">Figura 1:</span> Primera</figcaption>",
                "<figcaption><span class=\"bmm-figure-number\">Figura 2:</span> Segunda</figcaption>");
        assertThat(html).doesNotContain("width=", "{#");
    }

    @Test
    void showsAnAccessiblePlaceholderForAMissingImage() {
        String html = introduction("## V\n\n![Vista general](images/falta.png){#fig:v}\n");

        assertThat(html).contains("<div class=\"bmm-figure-missing\" role=\"img\""
                + " aria-label=\"Imagen no disponible: images/falta.png\">");
        assertThat(html).doesNotContain("<img");
        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "doc.md:3: warning [BMM021] the image 'images/falta.png' does not exist;"
                        + " add the file or fix the path (the page shows a placeholder)");
    }

    @Test
    void marksReferencesToUnknownFigures() {
        String html = introduction("## V\n\nVer @fig:nada.\n");

        assertThat(html).contains("figura <mark class=\"bmm-unresolved\" title=\"Referencia desconocida: fig:nada\">??</mark>");
        assertThat(diagnostics.all()).extracting(Diagnostic::code).containsExactly("BMM023");
    }

    @Test
    void sanitisesRawHtml() {
        String html = introduction("## V\n\n<script>alert(1)</script>\n\n"
                + "<p onclick=\"robar()\">Hola <a href=\"javascript:alert(1)\">aquí</a>"
                + " <iframe src=\"https://example.org\"></iframe><b style=\"position:fixed\">negrita</b></p>\n");

        assertThat(html).doesNotContain("script", "onclick", "javascript:", "iframe", "style=");
        assertThat(html).contains("Hola", "aquí", "<b>negrita</b>");
    }

    @Test
    void escapesTextThatLooksLikeMarkupOrTemplateDirectives() {
        String html = introduction("## V\n\nUse ${config.secreto} y <#assign x=1> con 3 &lt; 4.\n");

        assertThat(html).contains("${config.secreto}").doesNotContain("<#assign");
    }

    private static final String EXPORTED_VIEW = """
            # Situación Actual (view)

            - [Situación Actual. Sistemas de Información SG](#situación-actual.-sistemas-de-información-sg)
                - [ACC2. Fortalecer la Gestión Pública](#acc2.-fortalecer-la-gestión-pública "Objetivo")
                    - [Notas](#notas)
            - [Esta vista](#situación-actual-view)
            - [Aplicaciones](#tbl:apps)
            - [Roto](#no-existe)

            Ver @tbl:apps y [@Tbl:apps; @tbl:otra].

            ## Situación Actual. Sistemas de Información SG

            ## ACC2. Fortalecer la Gestión Pública
            Texto.

            ### Notas
            Nota.

            | App | Uso |
            |-----|-----|
            | SIGA | Gestión |

            : Aplicaciones de la entidad {#tbl:apps}

            Table: Sin número

            | A |
            |---|
            | 1 |
            """;

    @Test
    void leadsTableOfContentsLinksToThePageTheirHeadingBecame() {
        String html = introduction(EXPORTED_VIEW);

        assertThat(html).contains(
                "<a href=\"../grupos/situacion-actual-sistemas-de-informacion-sg.html\">Situación Actual. Sistemas",
                "<a href=\"../elementos/acc2.html\" title=\"Objetivo\">ACC2. Fortalecer la Gestión Pública</a>",
                "<a href=\"../elementos/acc2.html#notas\">Notas</a>",
                "<a href=\"../vistas/situacion-actual.html\">Esta vista</a>",
                "<a href=\"../elementos/acc2.html#tbl:apps\">Aplicaciones</a>",
                "<li>Roto</li>");
        assertThat(diagnostics.all()).extracting(Diagnostic::format).contains(
                "doc.md:8: warning [BMM087] the link to '#no-existe' leads to no heading, figure or table of this"
                        + " document; the page shows its text without the link (pandoc names a heading by its text:"
                        + " lower case, spaces as hyphens)");
    }

    @Test
    void givesHeadingsInsideDescriptionsThePandocId() {
        String html = description(EXPORTED_VIEW, "ACC2");

        assertThat(html).contains("<h3 id=\"notas\">Notas</h3>");
    }

    @Test
    void numbersLabelledTablesAndLinksTableReferences() {
        String intro = introduction(EXPORTED_VIEW);
        String description = description(EXPORTED_VIEW, "ACC2");

        assertThat(intro).contains("Ver tabla <a class=\"bmm-xref\" href=\"../elementos/acc2.html#tbl:apps\">1</a>"
                + " y Tablas <a class=\"bmm-xref\" href=\"../elementos/acc2.html#tbl:apps\">1</a> y <mark");
        assertThat(description).contains("<table id=\"tbl:apps\">\n<caption><span class=\"bmm-table-number\">"
                + "Tabla 1:</span> Aplicaciones de la entidad</caption>");
        assertThat(description).contains("<table>\n<caption>Sin número</caption>");
        assertThat(description).as("a wide table scrolls in a region the keyboard reaches").contains(
                "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabla 1: Aplicaciones de la entidad\">",
                "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Sin número\">");
        assertThat(description).doesNotContain("{#", "<p>: Aplicaciones", "Table:", "<p>Sin", "<caption>:");
        assertThat(diagnostics.all()).extracting(Diagnostic::code).contains("BMM023");
    }

    @Test
    void refusesTwoTablesWithOneId() {
        introduction("## V\n\n| A |\n|---|\n| 1 |\n\n: Uno {#tbl:a}\n\n| B |\n|---|\n| 2 |\n\n: Dos {#tbl:a}\n");

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "doc.md:9: error [BMM088] the table id 'tbl:a' is already used at doc.md:3; table ids must be unique");
    }

    @Test
    void leavesPrintSizesOfImagesToTheStylesheet() {
        String html = introduction("## V\n\n![Mapa](images/falta.png){#fig:m width=5in height=3.2in}\n\n"
                + "Un icono ![i](images/falta.png){width=5in} en línea y ![j](images/falta.png){width=120px}.\n");

        assertThat(html).doesNotContain("5in", "3.2in", "width=", "{");
    }
}
