package io.github.bmmsite.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which pages carry the draft notice: every page made from a draft document (its document, views,
 * elements, groups and matrices), and the home page, listing the draft views; with the authors' note
 * as they wrote it.
 */
class DraftNoticeTest {

    @TempDir
    static Path project;

    @BeforeAll
    static void bake() throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        Files.writeString(source.resolve("a.md"), """
                ---
                todo: |
                  Revisar <b>metas</b> y **O1**
                  con el equipo
                ---
                ## Vista A

                ### Objetivos

                ### O1: Uno
                Texto de uno.
                """);
        Files.writeString(source.resolve("b.md"), """
                ## Vista B

                ### Procesos

                ### P1: Proceso
                Texto del proceso.

                ### Capacidades

                ### K1: Capacidad
                Texto de la capacidad.
                """);
        Files.writeString(source.resolve("c.md"), "---\ntodo: true\n---\n## Vista C\n\n### C1: Tres\nTexto.\n");
        Files.writeString(source.resolve("b.model.yaml"), "relations:\n  realization:\n    O1: P1\n    P1: K1\n");
        new Baker(BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source)
                .output(project.resolve("target/site")).language("es").baseUrl("https://example.org/")
                .outputTimestamp("2026-01-01T00:00:00Z").build()).bake();
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(project.resolve("target/site").resolve(path));
    }

    @Test
    void everyPageMadeFromADraftDocumentSaysSoWithTheAuthorsNoteAsTheyWroteIt() throws Exception {
        for (String path : List.of("documentos/a.html", "vistas/vista-a.html", "elementos/o1.html",
                "grupos/objetivos.html", "matrices/objetivos.html")) {
            Document page = page(path);
            assertThat(page.select("main .draft-notice").size()).as(path + ": one notice").isEqualTo(1);
            assertThat(page.select("main h1 + .draft-notice")).as(path + ": right under the title").hasSize(1);
            assertThat(page.select(".draft-notice-title").text()).as(path).isEqualTo("Documento en borrador");
            assertThat(Files.readString(project.resolve("target/site").resolve(path)))
                    .as(path + ": escaped, its line break kept").contains("<p class=\"draft-note\">Nota de los autores: Revisar &lt;b&gt;metas&lt;/b&gt; y **O1**\n"
                            + "con el equipo</p>");
        }
    }

    @Test
    void aDraftWithoutNoteSaysSoWithoutOne() throws Exception {
        for (String path : List.of("documentos/c.html", "vistas/vista-c.html", "elementos/c1.html")) {
            Document page = page(path);
            assertThat(page.select(".draft-notice p").eachText()).as(path)
                    .containsExactly("Documento en borrador", "Este contenido aún no es definitivo y puede cambiar.");
        }
    }

    @Test
    void pagesOfDocumentsThatAreNoDraftAndPagesOfNoDocumentHaveNoNotice() throws Exception {
        for (String path : List.of("documentos/b.html", "vistas/vista-b.html", "elementos/p1.html", "elementos/k1.html",
                "grupos/procesos.html", "grupos/capacidades.html", "matrices/procesos.html", "search.html",
                "mapa-del-sitio.html", "datos/index.html", "404.html")) {
            assertThat(page(path).select(".draft-notice")).as(path).isEmpty();
        }
    }

    @Test
    void theHomePageListsTheViewsThatAreDrafts() throws Exception {
        Document home = page("index.html");

        assertThat(home.select("main h1 + .draft-notice .draft-notice-title").text()).isEqualTo("Vistas en borrador");
        assertThat(home.select(".draft-views a")).extracting(link -> link.attr("href") + " " + link.text())
                .containsExactly("vistas/vista-a.html Vista A", "vistas/vista-c.html Vista C");
        assertThat(home.select(".draft-note")).as("the notes are on the draft's own pages").isEmpty();
    }
}
