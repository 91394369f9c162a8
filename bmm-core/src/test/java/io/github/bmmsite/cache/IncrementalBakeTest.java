package io.github.bmmsite.cache;

import io.github.bmmsite.LinearTime;
import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.BakeResult;
import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bakes a small site of two documents again after each kind of change, and checks that the
 * incremental bake renders what it must (and only that), and that its output is byte for byte
 * what a full bake of the same inputs writes.
 */
class IncrementalBakeTest {

    private static final String VIEW_A = """
            ## Vista A

            Introducción de la vista A.

            ### Objetivos A

            ### A1: Primer objetivo
            Texto de A1.

            ### A2: Segundo objetivo
            Texto de A2, que apoya B1.
            """;
    private static final String VIEW_B = """
            ## Vista B

            Introducción de la vista B.

            ### B1: Objetivo de B
            Texto de B1.

            ### B2: Otro objetivo de B
            Texto de B2.
            """;
    private static final String MODEL = """
            relations:
              realization:
                A1: B1
            """;

    @TempDir
    Path project;

    private Optional<String> baseUrl = Optional.of("https://example.org/sitio/");

    @BeforeEach
    void writeSite() throws IOException {
        write("a.md", VIEW_A);
        write("b.md", VIEW_B);
        write("sitio.model.yaml", MODEL);
    }

    private Path source() throws IOException {
        return Files.createDirectories(project.resolve("src/bmm"));
    }

    private Path site() {
        return project.resolve("target/site");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(source().resolve(name), text);
    }

    private BakeOptions options(Path output, boolean cache) throws IOException {
        return BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source())
                .output(output).templates(project.resolve("src/site/templates"))
                .assets(project.resolve("src/site/assets")).baseUrl(baseUrl.orElse(null)).cache(cache)
                .outputTimestamp("2026-01-01T00:00:00Z").build();
    }

    private BakeResult bake() throws Exception {
        return new Baker(options(site(), true)).bake();
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static Map<String, FileTime> times(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    /** The incremental output must be exactly what a full bake of the same inputs writes. */
    private void assertSameAsFullBake() throws Exception {
        Path full = project.resolve("target/full-" + System.nanoTime());
        BakeResult result = new Baker(options(full, false)).bake();
        assertThat(result.cache().reused()).isZero();
        assertThat(files(site())).containsExactlyEntriesOf(files(full));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    @Test
    void aSecondBakeWithoutChangesIsUpToDateAndWritesNothing() throws Exception {
        baseUrl = Optional.empty();
        BakeResult first = bake();
        Map<String, byte[]> before = files(site());
        Map<String, FileTime> timesBefore = times(site());

        BakeResult second = bake();

        assertThat(first.cache().upToDate()).isFalse();
        assertThat(first.cache().reused()).isZero();
        assertThat(first.cache().renderedPages()).contains("index.html", "elementos/a1.html", "sitemap.xml");
        assertThat(first.cache().fragmentsRendered()).isEqualTo(6);
        assertThat(second.cache().upToDate()).isTrue();
        assertThat(second.cache().rendered()).isZero();
        assertThat(second.cache().reused()).isEqualTo(first.cache().rendered());
        assertThat(second.filesChanged()).isZero();
        assertThat(second.pages()).isEqualTo(first.pages());
        // The warnings of the bake that made the site are still reported.
        assertThat(second.diagnostics()).extracting(Diagnostic::code).containsExactly("BMM041");
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(files(site())).containsExactlyEntriesOf(before);
        assertThat(times(site())).isEqualTo(timesBefore);
    }

    @Test
    void changingTheTextOfOneElementRendersOnlyThePagesThatShowIt() throws Exception {
        bake();

        write("b.md", VIEW_B.replace("Texto de B2.", "Texto nuevo de B2."));
        BakeResult second = bake();

        assertThat(second.cache().upToDate()).isFalse();
        assertThat(second.cache().renderedPages()).containsExactly("elementos/b2.html");
        assertThat(second.cache().reused()).isPositive();
        // The changed document's introduction and two descriptions; the other document's are kept.
        assertThat(second.cache().fragmentsRendered()).isEqualTo(3);
        assertThat(second.cache().fragmentsReused()).isEqualTo(3);
        assertThat(read(site().resolve("elementos/b2.html"))).contains("Texto nuevo de B2.");
        assertSameAsFullBake();
    }

    @Test
    void renamingAnElementRendersThePagesThatListIt() throws Exception {
        bake();

        write("b.md", VIEW_B.replace("B1: Objetivo de B", "B1: Objetivo renombrado"));
        BakeResult second = bake();

        // A1's relations name B1; the home page lists every element; the view lists its elements.
        assertThat(second.cache().renderedPages()).contains("elementos/a1.html", "elementos/b1.html", "index.html",
                "vistas/vista-b.html");
        assertThat(second.cache().renderedPages()).doesNotContain("vistas/vista-a.html");
        assertThat(read(site().resolve("elementos/a1.html"))).contains("Objetivo renombrado");
        // A code mention may show the name it links to: every fragment renders again.
        assertThat(second.cache().fragmentsRendered()).isEqualTo(6);
        assertThat(read(site().resolve("elementos/a2.html"))).contains("href=\"../elementos/b1.html\"");
        assertSameAsFullBake();
    }

    @Test
    void aTemplateThatListsEveryElementIsRenderedAgainWhenAnyNameChanges() throws Exception {
        Path templates = Files.createDirectories(project.resolve("src/site/templates"));
        Files.writeString(templates.resolve("element.ftl"), "<!DOCTYPE html>\n<h1>${content.title}</h1>\n"
                + "<ul><#list data.elements as e><li>${e.title}</li></#list></ul>\n");
        bake();

        write("b.md", VIEW_B.replace("Texto de B2.", "Texto nuevo de B2."));
        BakeResult textChanged = bake();

        assertThat(textChanged.cache().renderedPages()).containsExactly("elementos/b2.html");

        write("b.md", VIEW_B.replace("B1: Objetivo de B", "B1: Objetivo renombrado"));
        BakeResult renamed = bake();

        assertThat(renamed.cache().renderedPages()).contains("elementos/a1.html", "elementos/a2.html",
                "elementos/b1.html", "elementos/b2.html");
        assertThat(read(site().resolve("elementos/a2.html"))).contains("<li>B1: Objetivo renombrado</li>");
        assertSameAsFullBake();
    }

    @Test
    void changingATemplateRendersEveryPage() throws Exception {
        BakeResult first = bake();
        Path templates = Files.createDirectories(project.resolve("src/site/templates"));
        Files.writeString(templates.resolve("404.ftl"), "<!DOCTYPE html>\n<title>${content.title}</title>\n"
                + "<p>Esta página no existe.</p>\n");

        BakeResult second = bake();

        assertThat(second.cache().renderedPages()).isEqualTo(first.cache().renderedPages());
        assertThat(second.cache().reused()).isZero();
        assertThat(read(site().resolve("404.html"))).contains("Esta página no existe.");
        assertSameAsFullBake();

        Files.delete(templates.resolve("404.ftl"));
        BakeResult third = bake();

        assertThat(third.cache().renderedPages()).isEqualTo(first.cache().renderedPages());
        assertThat(read(site().resolve("404.html"))).doesNotContain("Esta página no existe.");
        assertSameAsFullBake();
    }

    @Test
    void changingTheBaseUrlRendersThePagesAgainWithTheNewCanonicalLinks() throws Exception {
        BakeResult first = bake();
        assertThat(read(site().resolve("elementos/a1.html")))
                .contains("<link rel=\"canonical\" href=\"https://example.org/sitio/elementos/a1.html\">");

        baseUrl = Optional.of("https://otra.example.org/");
        BakeResult second = bake();

        assertThat(second.cache().upToDate()).isFalse();
        assertThat(second.cache().renderedPages()).isEqualTo(first.cache().renderedPages());
        assertThat(read(site().resolve("elementos/a1.html")))
                .contains("<link rel=\"canonical\" href=\"https://otra.example.org/elementos/a1.html\">")
                .doesNotContain("example.org/sitio/");
        assertThat(read(site().resolve("robots.txt"))).contains("https://otra.example.org/sitemap.xml");
        assertSameAsFullBake();
    }

    @Test
    void removingADocumentRemovesItsPages() throws Exception {
        bake();
        assertThat(site().resolve("elementos/b1.html")).exists();

        Files.delete(source().resolve("b.md"));
        write("sitio.model.yaml", "groups:\n  Objetivos A: [A1, A2]\n");
        BakeResult second = bake();

        assertThat(second.cache().upToDate()).isFalse();
        assertThat(site().resolve("elementos/b1.html")).doesNotExist();
        assertThat(site().resolve("elementos/b2.html")).doesNotExist();
        assertThat(site().resolve("vistas/vista-b.html")).doesNotExist();
        assertThat(read(site().resolve("sitemap.xml"))).doesNotContain("b1.html");
        assertThat(read(site().resolve("elementos/a1.html"))).doesNotContain("b1.html");
        assertSameAsFullBake();
    }

    @Test
    void aDamagedCacheIsReportedOnceAndMeansAFullBakeThatRepairsIt() throws Exception {
        BakeResult first = bake();
        Map<String, byte[]> before = files(site());
        Path cache = project.resolve("target/bmm-cache");
        try (Stream<Path> walk = Files.walk(cache)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                bytes[bytes.length / 2] ^= 1;
                Files.write(file, bytes);
            }
        }

        BakeResult afterDamage = bake();

        assertThat(afterDamage.cache().upToDate()).isFalse();
        assertThat(afterDamage.cache().renderedPages()).isEqualTo(first.cache().renderedPages());
        assertThat(afterDamage.diagnostics()).extracting(Diagnostic::format).containsExactly(
                manifest().toString() + ": warning [BMM055] the cache of the previous bake is damaged (its checksum"
                        + " does not match its content), so this bake did not use it; if this comes back, delete"
                        + " target/bmm-cache (or run mvn clean)");
        assertThat(files(site())).containsExactlyEntriesOf(before);
        BakeResult repaired = bake();
        assertThat(repaired.cache().upToDate()).isTrue();
        assertThat(repaired.diagnostics()).isEqualTo(first.diagnostics());

        deleteTree(cache);
        BakeResult afterDeletion = bake();

        assertThat(afterDeletion.cache().upToDate()).isFalse();
        assertThat(afterDeletion.cache().renderedPages()).isEqualTo(first.cache().renderedPages());
        assertThat(afterDeletion.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(files(site())).containsExactlyEntriesOf(before);
        assertThat(bake().cache().upToDate()).isTrue();
    }

    @Test
    void gitWorkInASiteCheckoutDoesNotMakeTheSiteOutOfDate() throws Exception {
        Files.createDirectories(site().resolve(".git"));
        Files.writeString(site().resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        bake();

        Files.writeString(site().resolve(".git/HEAD"), "ref: refs/heads/otra\n");
        Files.writeString(site().resolve(".git/index"), "x");

        assertThat(bake().cache().upToDate()).isTrue();
        assertThat(site().resolve(".git/index")).hasContent("x");
    }

    /** The manifest of the site's cache, relative to the project. */
    private Path manifest() throws IOException {
        try (Stream<Path> folders = Files.list(project.resolve("target/bmm-cache"))) {
            return project.relativize(folders.findFirst().orElseThrow().resolve("manifest.bin"));
        }
    }

    /**
     * A file where the cache keeps a folder, or a folder where it keeps a file: every bake used to fail
     * with BMM042 on it, even with the cache off. Now the bake succeeds, even in strict mode, and says
     * what is wrong; with the cache off it does not look at the cache at all.
     */
    @Test
    void aCacheEntryOfTheWrongKindIsReportedButNeverFailsABake() throws Exception {
        bake();
        Path perOutput = project.resolve(manifest()).getParent();
        for (Path damaged : List.of(project.resolve("target/bmm-cache"), perOutput, perOutput.resolve("manifest.bin"),
                perOutput.resolve("fragments.bin"))) {
            deleteTree(project.resolve("target/bmm-cache"));
            Files.createDirectories(damaged.getParent());
            boolean folder = damaged.getFileName().toString().endsWith(".bin");
            if (folder) {
                Files.createDirectories(damaged.resolve("x"));
            } else {
                Files.writeString(damaged, "not a folder");
            }
            FileTime time = Files.getLastModifiedTime(damaged);
            BakeOptions strict = BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                    .source(source()).output(site()).strict(true).baseUrl(baseUrl.orElse(null))
                    .outputTimestamp("2026-01-01T00:00:00Z").build();

            BakeResult result = new Baker(strict).bake();

            assertThat(result.diagnostics()).extracting(Diagnostic::format).as(damaged.toString()).singleElement()
                    .asString().startsWith(project.relativize(damaged) + ": warning [BMM055] the cache of the previous"
                            + " bake is damaged (" + (folder ? "a folder or link stands where the cache keeps a file"
                            : "a file stands where the cache keeps a folder") + "), so this bake did not use it;");
            assertThat(site().resolve("elementos/a1.html")).exists();

            BakeResult off = new Baker(strict.toBuilder().cache(false).build()).bake();

            assertThat(off.diagnostics()).as(damaged.toString()).isEmpty();
            assertThat(Files.getLastModifiedTime(damaged)).isEqualTo(time);
            assertThat(Files.isDirectory(damaged)).isEqualTo(folder);
        }
    }

    @Test
    void aTamperedMissingOrExtraOutputFileIsPutRight() throws Exception {
        bake();
        Map<String, byte[]> before = files(site());
        Files.writeString(site().resolve("elementos/a1.html"), "<p>cambiado a mano</p>");
        Files.delete(site().resolve("elementos/b2.html"));
        Files.writeString(site().resolve("sobrante.html"), "<p>no es del sitio</p>");

        BakeResult second = bake();

        assertThat(second.cache().upToDate()).isFalse();
        assertThat(second.cache().renderedPages()).containsExactly("elementos/a1.html", "elementos/b2.html");
        assertThat(files(site())).containsExactlyEntriesOf(before);
        assertThat(bake().cache().upToDate()).isTrue();
    }

    @Test
    void changingAnImageIsNotUpToDate() throws Exception {
        Files.write(source().resolve("diagrama.png"), new byte[] {1, 2, 3});
        write("a.md", VIEW_A.replace("Introducción de la vista A.", "![Diagrama](diagrama.png)"));
        bake();

        FileTime written = Files.getLastModifiedTime(source().resolve("diagrama.png"));
        Files.write(source().resolve("diagrama.png"), new byte[] {4, 5, 6});
        // Its bytes are read: same size, same time, and still not the same image.
        Files.setLastModifiedTime(source().resolve("diagrama.png"), written);
        BakeResult second = bake();

        assertThat(second.cache().upToDate()).isFalse();
        assertThat(second.cache().rendered()).isZero();
        assertThat(Files.readAllBytes(site().resolve("imagenes/diagrama.png"))).containsExactly(4, 5, 6);
    }

    @Test
    void aFileTheBakeDoesNotReadIsNotReadForTheFingerprintEither() throws Exception {
        // A terabyte, sparse: read, it would take the better part of an hour.
        try (RandomAccessFile backup = new RandomAccessFile(source().resolve("backup.zip").toFile(), "rw")) {
            backup.setLength(1L << 40);
        }
        LinearTime.of(this::bake);

        try (RandomAccessFile backup = new RandomAccessFile(source().resolve("backup.zip").toFile(), "rw")) {
            backup.seek(1L << 39);
            backup.write(new byte[] {1, 2, 3});
        }
        BakeResult changedInside = LinearTime.of(this::bake);
        Files.writeString(source().resolve("nuevo.png"), "x");
        BakeResult anotherFile = bake();

        assertThat(changedInside.cache().upToDate()).isTrue();
        // A new file may be an image a document was missing.
        assertThat(anotherFile.cache().upToDate()).isFalse();
    }

    @Test
    void withTheCacheOffEveryBakeRendersEveryPage() throws Exception {
        BakeResult first = new Baker(options(site(), false)).bake();
        BakeResult second = new Baker(options(site(), false)).bake();

        assertThat(second.cache().upToDate()).isFalse();
        assertThat(second.cache().reused()).isZero();
        assertThat(second.cache().renderedPages()).isEqualTo(first.cache().renderedPages());
        assertThat(project.resolve("target/bmm-cache")).doesNotExist();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
