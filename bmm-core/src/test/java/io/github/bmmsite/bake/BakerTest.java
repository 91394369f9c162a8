package io.github.bmmsite.bake;

import io.github.bmmsite.browser.GeneratedModel;
import io.github.bmmsite.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BakerTest {

    @TempDir
    Path project;

    private Path source() throws IOException {
        return Files.createDirectories(project.resolve("src/bmm"));
    }

    private BakeOptions options(boolean strict) throws IOException {
        return BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source())
                .output(project.resolve("target/site")).templates(project.resolve("src/site/templates"))
                .assets(project.resolve("src/site/assets")).strict(strict).baseUrl("https://example.org/")
                .outputTimestamp("2026-01-01T00:00:00Z").build();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(source().resolve(name), text);
    }

    private Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void strictModeFailsOnWarningsAndLeavesThePreviousSiteAsItWas() throws Exception {
        write("vista.md", "## Vista\n\n### O1: Uno\nTexto.\n");
        new Baker(options(true)).bake();
        Map<String, byte[]> before = files(project.resolve("target/site"));

        write("vista.md", "## Vista\n\n### O1: Uno\nTexto para $CLIENTE.\n");

        assertThatThrownBy(() -> new Baker(options(true)).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> {
                    assertThat(e.getMessage()).startsWith("the site was not baked: 1 warning(s) in strict mode");
                    assertThat(e.diagnostics()).extracting(Diagnostic::format).containsExactly(
                            "src/bmm/vista.md:4: warning [BMM020] the placeholder $CLIENTE has no value;"
                                    + " set it in the plugin's <variables>");
                });
        assertThat(files(project.resolve("target/site"))).containsExactlyInAnyOrderEntriesOf(before);
        try (Stream<Path> leftovers = Files.list(project.resolve("target"))) {
            assertThat(leftovers).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("site", "bmm-cache");
        }
    }

    @Test
    void aDocumentsOtherLanguageIsReportedOnlyWhenTheSitesLanguageIsNotSet() throws Exception {
        write("a.md", "## A\n\n### O1: Uno\nTexto.\n\n---\nlang: es\n...\n");
        write("b.md", "## B\n\n### O2: Dos\nTexto.\n\n---\nlang: en\n...\n");

        assertThat(new Baker(options(false)).bake().diagnostics()).extracting(Diagnostic::format).containsExactly(
                "src/bmm/b.md:7: warning [BMM013] the document declares lang: en but the site language is es; pages"
                        + " use es (fix 'lang' in the document, or set bmm.language)");
        BakeOptions spanish = BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                .source(source()).output(project.resolve("target/site"))
                .templates(project.resolve("src/site/templates")).assets(project.resolve("src/site/assets"))
                .strict(true).language("es").baseUrl("https://example.org/")
                .outputTimestamp("2026-01-01T00:00:00Z").build();
        assertThat(new Baker(spanish).bake().diagnostics()).as("strict, yet the export's lang: en is no problem")
                .isEmpty();
    }

    @Test
    void aDocumentOfMetadataAloneIsATitlePageThatNamesTheSite() throws Exception {
        write("00.portada.md", "---\ntitle: Arquitectura de $ENTIDAD\nsubtitle: Documentos de la oficina\n---\n");
        write("01.vista.md", "## Vista\n\n### O1: Uno\nTexto.\n");
        BakeOptions filled = BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                .source(source()).output(project.resolve("target/site"))
                .templates(project.resolve("src/site/templates")).assets(project.resolve("src/site/assets"))
                .strict(true).baseUrl("https://example.org/").variables(Map.of("ENTIDAD", "la Secretaría"))
                .outputTimestamp("2026-01-01T00:00:00Z").build();

        assertThat(new Baker(filled).bake().diagnostics()).isEmpty();
        String home = Files.readString(project.resolve("target/site/index.html"));
        assertThat(home).contains("<h1>Arquitectura de la Secretaría</h1>",
                "<meta name=\"description\" content=\"Documentos de la oficina\">");
        assertThat(files(project.resolve("target/site"))).doesNotContainKey("documentos/00-portada.html");

        // Its title still waits for a value: the subtitle names the site, and nothing is reported.
        assertThat(new Baker(options(false).toBuilder().cache(false).build()).bake().diagnostics()).isEmpty();
        assertThat(Files.readString(project.resolve("target/site/index.html"))).contains("<h1>Documentos de la oficina</h1>");
    }

    private BakeOptions options(String engine) throws IOException {
        return BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source())
                .output(project.resolve("target/site")).templates(project.resolve("src/site/templates"))
                .assets(project.resolve("src/site/assets")).baseUrl("https://example.org/").engine(engine)
                .outputTimestamp("2026-01-01T00:00:00Z").build();
    }

    @Test
    void anEngineWhoseArtifactIsMissingSaysWhatToAddToThePom() throws Exception {
        write("vista.md", "## Vista\n\n### O1: Uno\nTexto.\n");

        assertThatThrownBy(() -> new Baker(options("jbake")).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).singleElement().asString()
                        .startsWith("pom.xml: error [BMM060] bmm.engine=jbake needs the engine's artifact")
                        .contains("<dependency><groupId>io.github.bmmsite</groupId>"
                                + "<artifactId>bmm-jbake-engine</artifactId><version>")
                        .contains("inside <plugin> for bmm-maven-plugin"));
        assertThat(project.resolve("target/site")).doesNotExist();
    }

    @Test
    void anUnknownEngineIsAnErrorThatListsTheKnownOnes() throws Exception {
        write("vista.md", "## Vista\n\n### O1: Uno\nTexto.\n");

        assertThatThrownBy(() -> new Baker(options("hugo")).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).containsExactly("pom.xml: error [BMM060] bmm.engine=hugo names"
                                + " no engine; the engines available are freemarker (and, with its artifact, jbake)"));
    }

    @Test
    void theBuiltInEngineCanBeNamed() throws Exception {
        write("vista.md", "## Vista\n\n### O1: Uno\nTexto.\n");

        new Baker(options("freemarker")).bake();

        assertThat(project.resolve("target/site/elementos/o1.html")).exists();
    }

    @Test
    void withoutStrictModeWarningsDoNotStopTheBake() throws Exception {
        write("vista.md", "## Vista\n\n### O1: Uno\nTexto para $CLIENTE.\n");

        BakeResult result = new Baker(options(false)).bake();

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("BMM020");
        assertThat(project.resolve("target/site/elementos/o1.html")).exists();
    }

    @Test
    void errorsStopTheBakeWhateverTheMode() throws Exception {
        write("vista.md", "## Vista\n\n### O1: Uno\nTexto.\n");
        write("vista.model.yaml", "types:\n  Goal: [O2]\n");

        assertThatThrownBy(() -> new Baker(options(false)).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).containsExactly("src/bmm/vista.model.yaml:2: error [BMM032]"
                                + " no document describes an element with the code or name 'O2';"
                                + " write it exactly as in its heading"));
        assertThat(project.resolve("target/site")).doesNotExist();
    }

    @Test
    void pagesOfRemovedElementsDoNotSurvive() throws Exception {
        write("vista.md", "## Vista\n\n### O1: Uno\nTexto.\n### O2: Dos\nTexto.\n");
        new Baker(options(false)).bake();
        assertThat(project.resolve("target/site/elementos/o2.html")).exists();

        write("vista.md", "## Vista\n\n### O1: Uno\nTexto.\n");
        new Baker(options(false)).bake();

        assertThat(project.resolve("target/site/elementos/o2.html")).doesNotExist();
        assertThat(project.resolve("target/site/elementos/o1.html")).exists();
    }

    @Test
    void twoBakesOfTheSameInputAreByteIdentical() throws Exception {
        write("a.md", "## A\n\n![Vista A](img/a.png){#fig:a}\n\n### O1: Uno\nVer O2 y @fig:b.\n");
        write("b.md", "## B\n\n![Vista B](img/b.png){#fig:b}\n\n### O2: Dos\nVer O1 y @fig:a.\n");
        Files.createDirectories(source().resolve("img"));
        Files.write(source().resolve("img/a.png"), new byte[] {1, 2, 3});
        write("a.model.yaml", "relations:\n  realization:\n    O1: O2\n");

        new Baker(options(false)).bake();
        Map<String, byte[]> first = files(project.resolve("target/site"));
        BakeResult second = new Baker(options(false)).bake();

        assertThat(files(project.resolve("target/site"))).containsExactlyInAnyOrderEntriesOf(first);
        assertThat(first).containsKey("imagenes/img/a.png".replace('/', java.io.File.separatorChar));
        assertThat(second.filesChanged()).isZero();
    }

    @Test
    void aMissingSourceFolderIsOneClearError() {
        assertThatThrownBy(() -> new Baker(BakeOptions.builder().projectDir(project)
                .buildDir(project.resolve("target")).source(project.resolve("no/such"))
                .output(project.resolve("target/site")).outputTimestamp("2026-01-01T00:00:00Z").build()).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).containsExactly("no/such: error [BMM001] the source folder"
                                + " does not exist; set bmm.source to the folder of the exported documents"));
    }

    @Test
    void refusesToReplaceAFolderThatHoldsSomethingElse() throws Exception {
        write("vista.md", "## Vista\n\n### O1: Uno\nTexto.\n");
        Path elsewhere = Files.createDirectories(project.resolve("documentos"));
        Files.writeString(elsewhere.resolve("importante.txt"), "no borrar");
        BakeOptions options = options(false);
        BakeOptions intoElsewhere = BakeOptions.builder().projectDir(project)
                .buildDir(project.resolve("target")).source(options.source()).output(elsewhere)
                .baseUrl("https://example.org/").outputTimestamp("2026-01-01T00:00:00Z").build();

        assertThatThrownBy(() -> new Baker(intoElsewhere).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::code).containsExactly("BMM042"));
        assertThat(elsewhere.resolve("importante.txt")).hasContent("no borrar");
    }

    /**
     * Parsing, element text and pages run on several threads; whatever order they finish in, two
     * bakes of the same input write the same files with the same bytes, the pages' dates too, and
     * report the same stages in pipeline order.
     */
    @Test
    void bakesTheSameBytesEveryTimeAndProfilesEveryStage() throws Exception {
        for (Map.Entry<String, String> file : GeneratedModel.corpus(6, 40).entrySet()) {
            Path path = source().resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        BakeResult first = new Baker(options(false)).bake();
        Map<String, byte[]> once = files(project.resolve("target/site"));
        Files.walk(project.resolve("target/site")).sorted(java.util.Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());
        BakeResult second = new Baker(options(false)).bake();
        Map<String, byte[]> twice = files(project.resolve("target/site"));

        assertThat(twice.keySet()).isEqualTo(once.keySet()).contains("elementos/e00240.html", "search-index.js");
        once.forEach((name, bytes) -> assertThat(twice.get(name)).as(name).isEqualTo(bytes));
        // Dated by project.build.outputTimestamp, not by the clock of either bake.
        assertThat(new String(once.get("index.html"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<time datetime=\"2026-01-01\">1 de enero de 2026</time>");
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
        // elements, views, documents (one per view), groups, matrices, fixed pages, the list of elements
        // in pages of 50
        assertThat(second.pages()).isEqualTo(first.pages()).isEqualTo(240 + 6 + 6 + 12 + 12 + 5 + 5);
        assertThat(second.profile().stages()).extracting(BakeProfile.Stage::name)
                .containsExactly("cache", "read", "parse", "model", "link", "render", "index", "write");
        assertThat(second.timing()).matches("in \\d+ ms: cache \\d+ ms, read \\d+ ms, parse \\d+ ms, model \\d+ ms,"
                + " link \\d+ ms, render \\d+ ms, index \\d+ ms, write \\d+ ms");
    }
}
