package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.write.OutputPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a bake may write its site: never over a folder it reads or that the build needs, never
 * over a folder it did not write, and always beside what a publishing folder needs.
 */
class OutputFolderTest {

    @TempDir
    Path project;

    private Path source() throws IOException {
        return Files.createDirectories(project.resolve("src/bmm"));
    }

    private BakeOptions options(Path output) throws IOException {
        Files.writeString(source().resolve("vista.md"), "## Vista\n\n### O1: Uno\nTexto.\n");
        return BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source())
                .output(output).templates(project.resolve("src/site/templates"))
                .assets(project.resolve("src/site/assets")).baseUrl("https://example.org/")
                .outputTimestamp("2026-01-01T00:00:00Z").build();
    }

    private static String refusal(BakeOptions options) {
        try {
            new Baker(options).bake();
        } catch (BakeFailedException e) {
            assertThat(e.diagnostics()).hasSize(1);
            return e.diagnostics().get(0).format();
        }
        throw new AssertionError("the bake into " + options.output() + " was not refused");
    }

    @Test
    void anOutputFolderThatIsOrHoldsAFolderTheBakeReadsOrTheBuildNeedsIsRefused() throws Exception {
        Files.createDirectories(project.resolve("src/model"));
        Files.writeString(project.resolve("src/model/modelo.archimate"), "<model/>");
        String outside = "choose an output folder outside it for bmm.output, such as target/site";
        String wholly = "the bake replaces its output folder as a whole, so it would delete";
        Map<String, String> refusals = Map.of(
                "src/bmm", "src/bmm: error [BMM042] bmm.output (src/bmm) is the same folder as bmm.source (src/bmm): "
                        + wholly + " what is there; " + outside,
                "src", "src: error [BMM042] bmm.output (src) holds bmm.source (src/bmm): " + wholly + " it; " + outside,
                "src/bmm/sitio", "src/bmm/sitio: error [BMM042] bmm.output (src/bmm/sitio) is inside bmm.source"
                        + " (src/bmm), which the bake reads: the site would be read back as input; " + outside,
                "src/site/templates", "src/site/templates: error [BMM042] bmm.output (src/site/templates) is the"
                        + " same folder as bmm.templates (src/site/templates): " + wholly + " what is there; " + outside,
                "src/site/assets/sitio", "src/site/assets/sitio: error [BMM042] bmm.output (src/site/assets/sitio)"
                        + " is inside bmm.assets (src/site/assets), which the bake reads: the site would be read back"
                        + " as input; " + outside,
                "src/model", "src/model: error [BMM042] bmm.output (src/model) holds bmm.model"
                        + " (src/model/modelo.archimate): " + wholly + " it; " + outside,
                "target", "target: error [BMM042] bmm.output (target) is the same folder as the build directory,"
                        + " project.build.directory (target): " + wholly + " what is there; choose a folder inside"
                        + " it for bmm.output, such as target/site");
        for (Map.Entry<String, String> refused : refusals.entrySet()) {
            BakeOptions options = options(project.resolve(refused.getKey()))
                    .toBuilder().model(project.resolve("src/model/modelo.archimate")).build();

            assertThat(refusal(options)).isEqualTo(refused.getValue());
        }
        assertThat(project.resolve("src/bmm/vista.md")).exists();
        // Refused before anything was read or written: no cache, no staging folder.
        try (Stream<Path> entries = Files.list(project)) {
            assertThat(entries).extracting(path -> path.getFileName().toString()).containsExactly("src");
        }
    }

    @Test
    void theProjectFolderAndFoldersThatHoldTheBuildAreRefused() throws Exception {
        Path elsewhere = Files.createDirectories(project.resolve("exportado"));
        Path build = project.resolve("modulo/target");
        Files.createDirectories(build.resolve("classes"));
        Files.writeString(elsewhere.resolve("vista.md"), "## Vista\n\n### O1: Uno\nTexto.\n");
        BakeOptions intoProject = BakeOptions.builder().projectDir(project.resolve("modulo")).buildDir(build)
                .source(elsewhere).output(project.resolve("modulo")).outputTimestamp("2026-01-01T00:00:00Z").build();
        BakeOptions aboveTheBuild = BakeOptions.builder().projectDir(project).buildDir(build).source(elsewhere)
                .output(project.resolve("modulo")).outputTimestamp("2026-01-01T00:00:00Z").build();

        assertThat(refusal(intoProject)).isEqualTo(".: error [BMM042] bmm.output (.) is the same folder as the"
                + " project folder, project.basedir (.): the bake replaces its output folder as a whole, so it would"
                + " delete what is there; choose an output folder outside it for bmm.output, such as target/site");
        assertThat(refusal(aboveTheBuild)).isEqualTo("modulo: error [BMM042] bmm.output (modulo) holds the build"
                + " directory, project.build.directory (modulo/target): the bake replaces its output folder as a"
                + " whole, so it would delete it; choose a folder inside it for bmm.output, such as target/site");
        assertThat(build.resolve("classes")).isDirectory();
    }

    @Test
    void aLinkDoesNotHideThatTheOutputIsTheSourceFolder() throws Exception {
        Path link = Files.createSymbolicLink(project.resolve("publicado"), source());

        assertThat(refusal(options(link))).startsWith("publicado: error [BMM042] bmm.output (publicado) is the same"
                + " folder as bmm.source (src/bmm)");
        assertThat(source().resolve("vista.md")).exists();
    }

    @Test
    void aFolderNoBakeWroteIsRefusedBeforeTheDocumentsAreRead() throws Exception {
        Path docs = Files.createDirectories(project.resolve("docs"));
        Files.writeString(docs.resolve("index.html"), "<p>otro sitio</p>");
        // A broken document: its error would come first if the bake read anything before the refusal.
        BakeOptions options = options(docs);
        Files.writeString(source().resolve("roto.model.yaml"), "types: [");

        assertThat(refusal(options)).startsWith("docs: error [BMM042] the output folder is not empty and no bake wrote"
                + " it (it has no .bmm-site file); it holds index.html.");
        assertThat(docs.resolve("index.html")).hasContent("<p>otro sitio</p>");
    }

    @Test
    void aPagesFolderKeepsItsCheckoutAndDomainAcrossBakes() throws Exception {
        Path docs = project.resolve("docs");
        Files.createDirectories(docs.resolve(".git"));
        Files.writeString(docs.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(docs.resolve("CNAME"), "arquitectura.example.org\n");
        Files.writeString(docs.resolve("sitemap.xml"), "<urlset/>");
        BakeOptions clean = options(docs).toBuilder().outputPolicy(new OutputPolicy("x", true, List.of())).build();

        new Baker(clean).bake();
        new Baker(options(docs)).bake();

        assertThat(docs.resolve(".git/HEAD")).hasContent("ref: refs/heads/main\n");
        assertThat(docs.resolve("CNAME")).hasContent("arquitectura.example.org\n");
        assertThat(Files.readString(docs.resolve("sitemap.xml"))).contains("https://example.org/elementos/o1.html");
        assertThat(docs.resolve(".bmm-site")).content().contains("baked-by bmm-site\n").doesNotContain("CNAME");
        assertThat(docs.resolve("elementos/o1.html")).exists();
    }

    @Test
    void aFolderInsideTheBuildDirectoryIsBuildOutputAndReplacedWhateverItHolds() throws Exception {
        Path site = Files.createDirectories(project.resolve("target/site"));
        Files.writeString(site.resolve("de-otra-herramienta.html"), "x");
        Files.writeString(site.resolve("CNAME"), "arquitectura.example.org\n");

        BakeResult result = new Baker(options(site)).bake();

        assertThat(result.diagnostics()).extracting(Diagnostic::code).isEmpty();
        assertThat(site.resolve("de-otra-herramienta.html")).doesNotExist();
        assertThat(site.resolve("CNAME")).hasContent("arquitectura.example.org\n");
        assertThat(site.resolve(".bmm-site")).exists();
    }
}
