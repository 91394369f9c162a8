package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the safelist removes is reported with its file and line, wherever the author wrote it
 * (headings and links included), and never reaches any file of the site by another way.
 */
class UnsafeMarkupTest {

    @TempDir
    Path project;

    private BakeResult bake(String markdown) throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        Files.writeString(source.resolve("b.md"), markdown);
        return new Baker(BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                .source(source).output(project.resolve("target/site")).language("es")
                .baseUrl("https://example.org/").outputTimestamp("2026-01-01T00:00:00Z").build()).bake();
    }

    private Map<String, String> site() throws Exception {
        Path site = project.resolve("target/site");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void whatScriptsAndStylesHoldReachesNoFileOfTheSite() throws Exception {
        BakeResult result = bake("""
                ## Vista <script>scriptDelTitulo()</script>

                Introducción <style>.estiloDeLaIntroduccion{}</style> de la vista.

                ### O1: Objetivo <script>scriptDelEncabezado()</script><style>.estiloDelEncabezado{}</style> <img src=x onerror=manejadorDelEncabezado()> [uno](javascript:enlaceDelEncabezado())
                Descripción <script>scriptDeLaDescripcion()</script> con <style>.estiloDeLaDescripcion{}</style>
                <img src=x onerror=manejadorDeLaDescripcion()> y [un enlace](javascript:enlaceDeLaDescripcion()).
                ### O2: Otro
                Texto.
                """);

        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "src/bmm/b.md:1: warning [BMM025] raw HTML that a public page must not carry was removed: <script>",
                "src/bmm/b.md:3: warning [BMM025] raw HTML that a public page must not carry was removed: <style>",
                "src/bmm/b.md:5: warning [BMM025] raw HTML that a public page must not carry was removed: <script>",
                "src/bmm/b.md:5: warning [BMM025] raw HTML that a public page must not carry was removed: <style>",
                "src/bmm/b.md:5: warning [BMM025] raw HTML that a public page must not carry was removed:"
                        + " onerror=\"manejadorDelEncabezado()\" on <img>",
                "src/bmm/b.md:5: warning [BMM025] the link to 'javascript:enlaceDelEncabezado()' was removed, the page"
                        + " shows its text only: a public page links only to http, https, ftp, mailto and relative"
                        + " addresses",
                "src/bmm/b.md:6: warning [BMM025] raw HTML that a public page must not carry was removed: <script>",
                "src/bmm/b.md:6: warning [BMM025] raw HTML that a public page must not carry was removed: <style>",
                "src/bmm/b.md:7: warning [BMM025] raw HTML that a public page must not carry was removed:"
                        + " onerror=\"manejadorDeLaDescripcion()\" on <img>",
                "src/bmm/b.md:7: warning [BMM025] the link to 'javascript:enlaceDeLaDescripcion()' was removed, the"
                        + " page shows its text only: a public page links only to http, https, ftp, mailto and"
                        + " relative addresses");
        Map<String, String> site = site();
        assertThat(site).containsKeys("elementos/o1.html", "vistas/vista.html", "search-index.js",
                "search-index/documents-0.js", "datos/elementos.csv", "datos/elementos.json", "sitemap.xml");
        site.forEach((path, text) -> assertThat(text).as(path).doesNotContain("scriptDel", "scriptDeLa", "estiloDel",
                "estiloDeLa", "manejadorDe", "enlaceDe", "javascript:", "onerror"));

        Document element = Jsoup.parse(site.get("elementos/o1.html"));
        assertThat(element.title()).isEqualTo("O1: Objetivo uno · Vista");
        assertThat(element.select("h1").text()).isEqualTo("O1 Objetivo uno");
        assertThat(element.select("meta[name=description]").attr("content"))
                .isEqualTo("Descripción con y un enlace.");
        assertThat(element.select("meta[property=og:description]").attr("content"))
                .isEqualTo("Descripción con y un enlace.");
        assertThat(element.select("meta[property=og:title]").attr("content")).isEqualTo("O1: Objetivo uno");
        assertThat(Jsoup.parse(site.get("vistas/vista.html")).select("meta[name=description]").attr("content"))
                .isEqualTo("Introducción de la vista.");
        assertThat(site.get("datos/elementos.csv")).contains("O1,Objetivo uno,,,,Descripción con y un enlace.,");
        assertThat(site.get("search-index/documents-0.js")).contains("\"name\":\"Objetivo uno\"",
                "\"text\":\"Descripción con y un enlace.\"", "\"text\":\"Introducción de la vista.\"");
    }

    @Test
    void imagesOutsideTheSiteAreReportedAndShownAsPlaceholders() throws Exception {
        Files.write(Files.createDirectories(project.resolve("src/bmm/images")).resolve("propia.png"), new byte[] {1});
        BakeResult result = bake("""
                ## Vista

                ### O1: Uno
                <img src="/etc/passwd" alt="raíz">

                <img src="file:///etc/passwd">

                Texto con <img src="https://example.org/x.png"> en línea y <img src="//example.org/y.png">.

                <img src=" ../../../etc/passwd">

                <img src="C:\\Windows\\z.png">

                ![referencia][r] y <img src="imagenes/local.png" alt="local"> <img src="./a/../../imagenes/l.png">
                ![propia][p]

                <div style="page-break-before: always;">

                </div>

                [r]: https://example.org/r.png
                [p]: images/propia.png
                """);

        String outside = " is not published: it is outside the site (another host, an absolute path, a file: address"
                + " or above the site's root); the page shows a placeholder (copy the image next to the document and"
                + " write ![text](path))";
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "src/bmm/b.md:4: warning [BMM022] the image '/etc/passwd'" + outside,
                "src/bmm/b.md:6: warning [BMM022] the image 'file:///etc/passwd'" + outside,
                "src/bmm/b.md:8: warning [BMM022] the image '//example.org/y.png'" + outside,
                "src/bmm/b.md:8: warning [BMM022] the image 'https://example.org/x.png'" + outside,
                "src/bmm/b.md:10: warning [BMM022] the image ' ../../../etc/passwd'" + outside,
                "src/bmm/b.md:12: warning [BMM022] the image 'C:\\Windows\\z.png'" + outside,
                "src/bmm/b.md:14: warning [BMM022] the image 'https://example.org/r.png' is not published: a 'https:'"
                        + " address is not a file of the source folder; copy the image next to the document");
        Document page = Jsoup.parse(site().get("elementos/o1.html"));
        assertThat(page.select("main img")).extracting(image -> image.attr("src"))
                .containsExactly("imagenes/local.png", "./a/../../imagenes/l.png", "../imagenes/images/propia.png");
        assertThat(project.resolve("target/site/imagenes/images/propia.png")).exists();
        assertThat(page.select("main .bmm-figure-missing")).extracting(box -> box.attr("aria-label")).containsExactly(
                "Imagen no disponible: /etc/passwd", "Imagen no disponible: file:///etc/passwd",
                "Imagen no disponible: https://example.org/x.png", "Imagen no disponible: //example.org/y.png",
                "Imagen no disponible:  ../../../etc/passwd", "Imagen no disponible: C:\\Windows\\z.png",
                "Imagen no disponible: https://example.org/r.png");
        site().forEach((path, text) -> assertThat(text).as(path).doesNotContain("src=\"https://example.org",
                "src=\"/etc", "src=\"file:", "src=\"//"));
    }

    @Test
    void linksToAddressesAPageMustNotLinkToAreReportedAndShownAsText() throws Exception {
        BakeResult result = bake("""
                ## Vista

                ### O1: Uno
                [a](javascript:alert(1)), <javascript:alert(2)>, [b][d] y [c](vbscript:x).

                [bien](https://example.org), [correo](mailto:a@example.org), [relativo](otra.html),
                [ancla](#o1-uno), <https://example.org/auto>, <a@example.org>.

                [d]: data:text/html,hola
                """);

        String removed = "' was removed, the page shows its text only: a public page links only to http, https,"
                + " ftp, mailto and relative addresses";
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "src/bmm/b.md:4: warning [BMM025] the link to 'data:text/html,hola" + removed,
                "src/bmm/b.md:4: warning [BMM025] the link to 'javascript:alert(1)" + removed,
                "src/bmm/b.md:4: warning [BMM025] the link to 'javascript:alert(2)" + removed,
                "src/bmm/b.md:4: warning [BMM025] the link to 'vbscript:x" + removed);
        Document page = Jsoup.parse(site().get("elementos/o1.html"));
        assertThat(page.select("main p").first().text()).isEqualTo("a, javascript:alert(2), b y c.");
        assertThat(page.select("main p a[href]")).extracting(link -> link.attr("href")).containsExactly(
                "https://example.org", "mailto:a@example.org", "otra.html", "../elementos/o1.html",
                "https://example.org/auto", "mailto:a@example.org");
    }
}
