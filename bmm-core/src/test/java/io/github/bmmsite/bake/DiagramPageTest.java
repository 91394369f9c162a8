package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The view page with its diagram: in place of a missing image, offered next to an existing one, safe with any name. */
class DiagramPageTest {

    private static final String DOCUMENT = """
            ## Vista

            Antes de la figura.

            ![Vista de prueba](images/vista.png){#fig:id-vista width= height=}

            Después de la figura.

            ### Objetivos

            ### O1: Primer objetivo
            Texto.
            ### O2: Segundo objetivo
            Texto.
            ### Procesos

            ### Toma de decisiones
            Texto.
            """;

    private static final String MODEL = """
            types:
              Goal: [O1, O2]
              BusinessProcess: [Toma de decisiones]
            relations:
              realization:
                Toma de decisiones: [O1, O2]
              influence:
                O2: O1
            """;

    @TempDir
    Path project;

    private Document bake(String document, String model) throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        Files.writeString(source.resolve("vista.md"), document);
        Files.writeString(source.resolve("vista.model.yaml"), model);
        BakeResult result = new Baker(BakeOptions.builder().projectDir(project)
                .buildDir(project.resolve("target")).source(source).output(project.resolve("target/site"))
                .templates(project.resolve("src/site/templates")).assets(project.resolve("src/site/assets"))
                .baseUrl("https://example.org/").outputTimestamp("2026-01-01T00:00:00Z").build())
                .bake();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain("BMM040");
        Path page = project.resolve("target/site/vistas/vista.html");
        return Jsoup.parse(Files.readString(page), "https://example.org/vistas/vista.html");
    }

    @Test
    void aMissingImageIsReplacedByTheDiagramInItsFigureWithItsCaption() throws Exception {
        Document page = bake(DOCUMENT, MODEL);

        Element figure = page.getElementById("fig:id-vista");
        assertThat(figure).isNotNull();
        assertThat(figure.hasClass("bmm-diagram")).isTrue();
        assertThat(figure.select("svg.bmm-diagram-svg")).isNotEmpty();
        assertThat(figure.selectFirst("figcaption").text()).startsWith("Figura 1: Vista de prueba")
                .contains("la imagen images/vista.png no está disponible");
        assertThat(page.select(".bmm-figure-missing")).isEmpty();
        // The text around the figure stays where the author wrote it.
        String main = page.selectFirst("main").text();
        assertThat(main.indexOf("Antes de la figura.")).isLessThan(main.indexOf("Figura 1:"));
        assertThat(main.indexOf("Figura 1:")).isLessThan(main.indexOf("Después de la figura."));
    }

    @Test
    void everyBoxIsALinkAndEveryRelationOneLineAndOneSentence() throws Exception {
        Document page = bake(DOCUMENT, MODEL);

        for (Element svg : page.select("svg.bmm-diagram-svg")) {
            assertThat(svg.attr("role")).isEqualTo("group");
            assertThat(page.getElementById(svg.attr("aria-labelledby")).text()).isEqualTo("Diagrama de la vista «Vista»");
            assertThat(page.getElementById(svg.attr("aria-describedby")).text()).startsWith("3 elementos en 2 grupos y 3 relaciones.");
            assertThat(svg.select("a.bmm-diagram-element")).extracting(a -> a.attr("href")).containsExactlyInAnyOrder(
                    "../elementos/o1.html", "../elementos/o2.html", "../elementos/toma-de-decisiones.html");
            assertThat(svg.select("a.bmm-diagram-element").first().attr("aria-label")).isEqualTo("O1: Primer objetivo (Objetivo)");
            assertThat(svg.select(".bmm-diagram-line path")).hasSize(3);
            // Lines of one type in a row are one run, which gives their marks; the stylesheet their dashes.
            assertThat(svg.select("g.bmm-rel-realization path")).hasSize(2);
            assertThat(svg.select("g.bmm-rel-realization").attr("marker-end")).isEqualTo("url(#"
                    + svg.attr("aria-labelledby").replace("-titulo", "") + "-triangle-hollow)");
            assertThat(svg.select("g.bmm-rel-influence").attr("marker-end")).endsWith("-arrow-open)");
            assertThat(svg.select("a[href=../grupos/objetivos.html]")).hasSize(1);
        }
        assertThat(page.select(".bmm-diagram-relations li")).extracting(Element::text).containsExactly(
                "Toma de decisiones realiza O1: Primer objetivo",
                "Toma de decisiones realiza O2: Segundo objetivo",
                "O2: Segundo objetivo influye en O1: Primer objetivo");
        assertThat(page.select(".bmm-diagram-relations li a")).hasSize(6);
    }

    @Test
    void thePageKeepsToTheContentSecurityPolicy() throws Exception {
        Document page = bake(DOCUMENT, MODEL);

        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("style, svg script, svg foreignObject")).isEmpty();
        assertThat(page.select("svg *").stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
    }

    @Test
    void anExistingImageIsShownAndTheDiagramOfferedAsTheInteractiveVersion() throws Exception {
        Path images = Files.createDirectories(project.resolve("src/bmm/images"));
        writePng(images.resolve("vista.png"));

        Document page = bake(DOCUMENT, MODEL);

        Element figure = page.getElementById("fig:id-vista");
        assertThat(figure.select("img").attr("src")).isEqualTo("../imagenes/images/vista.png");
        assertThat(figure.select("svg")).isEmpty();
        Element details = page.selectFirst("details.bmm-diagram-interactive");
        assertThat(details).isNotNull();
        assertThat(details.selectFirst("summary").text()).isEqualTo("Ver diagrama interactivo");
        assertThat(details.select("svg.bmm-diagram-svg")).isNotEmpty();
        assertThat(details.select(".bmm-diagram-relations li")).hasSize(3);
        assertThat(figure.nextElementSibling()).isEqualTo(details);
    }

    @Test
    void aViewWithoutAFigureGetsTheDiagramAfterItsText() throws Exception {
        Document page = bake(DOCUMENT.replace("![Vista de prueba](images/vista.png){#fig:id-vista width= height=}\n", ""),
                MODEL);

        Element figure = page.selectFirst("figure.bmm-diagram");
        assertThat(figure).isNotNull();
        assertThat(figure.id()).isEmpty();
        assertThat(figure.selectFirst("figcaption").text()).startsWith("Diagrama de la vista «Vista»");
        assertThat(page.selectFirst("main").text()).containsSubsequence("Después de la figura.", "Diagrama de la vista");
    }

    @Test
    void namesThatLookLikeMarkupAreDrawnAsText() throws Exception {
        String hostile = "Nombre \"citado\" & <script>alert(1)</script> 'x' <b>negrita</b>";
        Document page = bake(DOCUMENT.replace("Primer objetivo", hostile), MODEL);

        String name = page.selectFirst("h1") == null ? "" : page.select(".group-card a[href=../elementos/o1.html]").text();
        assertThat(name).contains("\"citado\"", "&", "'x'");
        for (Element svg : page.select("svg.bmm-diagram-svg")) {
            Element box = svg.selectFirst("a[href=../elementos/o1.html]");
            assertThat(box.attr("aria-label")).contains("\"citado\" &").startsWith("O1: Nombre");
            assertThat(box.select("text").text().replace(" ", "")).contains("\"citado\"&");
            assertThat(box.select("script, b")).isEmpty();
        }
        assertThat(page.select("script:containsData(alert)")).isEmpty();
        assertThat(page.select(".bmm-diagram-relations li").get(2).text()).contains("\"citado\"");
    }

    @Test
    void aViewWithoutElementsHasNoDiagram() throws Exception {
        Document page = bake("## Vista\n\nSolo texto.\n", "types: {}\n");

        assertThat(page.select("main svg, .bmm-diagram")).isEmpty();
    }

    private static void writePng(Path file) throws IOException {
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    }
}
