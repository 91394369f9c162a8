package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dates of every page: the documents' {@code date}, else the day of
 * {@code project.build.outputTimestamp}, never the clock's; the earliest of a page's documents is its
 * publication, the latest its last update; a page made from no document has the whole site's.
 */
class PageDatesTest {

    private static final String BUILD = "2026-01-01T00:00:00Z";

    @TempDir
    Path project;

    private final Map<String, String> documents = new LinkedHashMap<>();

    private BakeOptions.Builder options() throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        for (Map.Entry<String, String> document : documents.entrySet()) {
            Files.writeString(source.resolve(document.getKey()), document.getValue());
        }
        return BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source)
                .output(project.resolve("target/site")).language("es").baseUrl("https://example.org/").cache(false);
    }

    /** The page's date line, as text; empty when it has none. */
    private String dates(String page) throws Exception {
        return Jsoup.parse(project.resolve("target/site").resolve(page)).select(".page-dates").outerHtml();
    }

    private static String line(String published, String updated) {
        return "<p class=\"container page-dates\">Fecha de publicación: " + published
                + (updated.isEmpty() ? "" : " · Última actualización: " + updated) + "</p>";
    }

    private static String time(String iso, String words) {
        return "<time datetime=\"" + iso + "\">" + words + "</time>";
    }

    @Test
    void aPageTakesItsDocumentsDatesTheBuildDatesTheUndatedAndAPageOfNoDocumentTheSites() throws Exception {
        documents.put("00.portada.md", "---\ntitle: Arquitectura\ndate: 2 de febrero de 2024\n---\n");
        documents.put("a.md", "---\ndate: 2025-03-14\n---\n## Vista A\n\n### Objetivos\n\n### O1: Uno\nTexto.\n");
        documents.put("b.md", "---\ndate: 30/11/2025\n---\n## Vista B\n\n### Objetivos\n\n### O2: Dos\nOtro texto.\n");
        documents.put("c.md", "## Vista C\n\n### O3: Tres\nTexto de tres.\n");

        BakeResult result = new Baker(options().outputTimestamp(BUILD).build()).bake();

        assertThat(result.diagnostics()).isEmpty();
        String march = time("2025-03-14", "14 de marzo de 2025");
        String november = time("2025-11-30", "30 de noviembre de 2025");
        String build = time("2026-01-01", "1 de enero de 2026");
        assertThat(dates("grupos/objetivos.html")).as("a group of two documents").isEqualTo(line(march, november));
        assertThat(dates("vistas/vista-a.html")).isEqualTo(line(march, ""));
        assertThat(dates("elementos/o1.html")).isEqualTo(line(march, ""));
        assertThat(dates("vistas/vista-b.html")).isEqualTo(line(november, ""));
        assertThat(dates("elementos/o3.html")).as("a document without date").isEqualTo(line(build, ""));
        for (String page : List.of("index.html", "search.html", "404.html", "mapa-del-sitio.html", "datos/index.html")) {
            assertThat(dates(page)).as(page + ": the title page's date to the build's")
                    .isEqualTo(line(time("2024-02-02", "2 de febrero de 2024"), build));
        }
    }

    @Test
    void withoutTimestampDatedDocumentsStillDateEveryPage() throws Exception {
        documents.put("a.md", "---\ndate: 2025-03-14\n---\n## Vista A\n\n### O1: Uno\nTexto.\n");

        BakeResult result = new Baker(options().build()).bake();

        assertThat(result.diagnostics()).isEmpty();
        for (String page : List.of("index.html", "documentos/a.html", "vistas/vista-a.html", "elementos/o1.html")) {
            assertThat(dates(page)).as(page).isEqualTo(line(time("2025-03-14", "14 de marzo de 2025"), ""));
        }
    }

    @Test
    void withNeitherPagesShowNoDateAndOneNoteSaysWhy() throws Exception {
        documents.put("a.md", "## Vista A\n\n### O1: Uno\nTexto.\n");
        documents.put("b.md", "## Vista B\n\n### O2: Dos\nTexto.\n");

        BakeResult result = new Baker(options().build()).bake();

        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly("pom.xml: note [BMM048] no"
                + " document has a 'date' and project.build.outputTimestamp is not set, so their pages show no date;"
                + " fill 'date' (2026-11-30, 30 de noviembre de 2026 or 30/11/2026) or set"
                + " project.build.outputTimestamp");
        try (Stream<Path> pages = Files.walk(project.resolve("target/site"))) {
            assertThat(pages.filter(p -> p.toString().endsWith(".html")).toList()).hasSizeGreaterThan(8)
                    .allSatisfy(page -> assertThat(Files.readString(page)).doesNotContain("page-dates", "<time"));
        }
    }

    @Test
    void aTimestampThatIsNoDateStopsTheBakeBeforeAnythingIsWritten() throws Exception {
        documents.put("a.md", "## Vista A\n\n### O1: Uno\nTexto.\n");

        assertThatThrownBy(() -> new Baker(options().outputTimestamp("30/11/2026").build()).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).containsExactly("pom.xml: error [BMM047]"
                                + " project.build.outputTimestamp is '30/11/2026', which is neither seconds since 1970"
                                + " (1764460800) nor an ISO 8601 date and time with its offset (2026-11-30T10:15:30Z);"
                                + " pages take their dates from it"));
        assertThat(project.resolve("target/site")).doesNotExist();
    }

    @Test
    void aDateTheAuthorsWroteIsReportedWhenItIsNoDayButOneAPlaceholderGivesIsNot() throws Exception {
        documents.put("a.md", "---\ntitle: A\ndate: noviembre de 2025\n---\n## Vista A\n\n### O1: Uno\nTexto.\n");
        documents.put("b.md", "---\ndate: $COMMIT\n---\n## Vista B\n\n### O2: Dos\nTexto.\n");
        documents.put("c.md", "---\ndate: $FECHA\n---\n## Vista C\n\n### O3: Tres\nTexto.\n");

        BakeResult result = new Baker(options().outputTimestamp("1764460800")
                .variables(Map.of("COMMIT", "4f2a9c1", "FECHA", "14 de marzo de 2025")).build()).bake();

        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly("src/bmm/a.md:3: note"
                + " [BMM015] date: 'noviembre de 2025' is no day in the forms read (2026-11-30, 30 de noviembre de"
                + " 2026 or 30/11/2026), so the document's pages are dated as if it had none");
        String build = line(time("2025-11-30", "30 de noviembre de 2025"), "");
        assertThat(dates("elementos/o1.html")).isEqualTo(build);
        assertThat(dates("elementos/o2.html")).isEqualTo(build);
        assertThat(dates("elementos/o3.html")).isEqualTo(line(time("2025-03-14", "14 de marzo de 2025"), ""));
    }

    @Test
    void datesAreWrittenInTheSitesLanguage() throws Exception {
        documents.put("a.md", "---\ndate: 2025-03-14\n---\n## Vista A\n\n### O1: Uno\nTexto.\n");

        new Baker(options().language("en").outputTimestamp(BUILD).build()).bake();

        assertThat(dates("elementos/o1.html")).isEqualTo("<p class=\"container page-dates\">Published: "
                + time("2025-03-14", "March 14, 2025") + "</p>");
    }
}
