package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every kind of bad input ends as a diagnostic with its code, file and line, the bake fails (in
 * strict mode for warnings), and the site of the previous bake stays exactly as it was.
 */
class BadInputTest {

    private static final String GOOD = "## Vista\n\n### O1: Uno\nTexto.\n";

    @TempDir
    Path project;

    private Path source;
    private Map<String, byte[]> previousSite;

    @BeforeEach
    void bakeAGoodSiteFirst() throws Exception {
        source = Files.createDirectories(project.resolve("src/bmm"));
        Files.writeString(source.resolve("vista.md"), GOOD);
        new Baker(options(false, StandardCharsets.UTF_8)).bake();
        previousSite = files(project.resolve("target/site"));
    }

    private BakeOptions options(boolean strict, Charset encoding) {
        return BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source)
                .output(project.resolve("target/site")).strict(strict).language("es")
                .baseUrl("https://example.org/").encoding(encoding).outputTimestamp("2026-01-01T00:00:00Z").build();
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private void write(String name, String text) throws IOException {
        write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String name, byte[] bytes) throws IOException {
        Path file = source.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                arguments("unclosed metadata", Map.of("b.md", "## B\n\n### X\nTexto.\n\n---\nlang: es\ntodo: x\n"),
                        "src/bmm/b.md:6: warning [BMM012] this metadata block is never closed; it is read up to line 8"),
                arguments("malformed metadata", Map.of("b.md", "## B\n\n---\ntitle: [uno\n---\n"),
                        "src/bmm/b.md:4: error [BMM010] the metadata block is not valid YAML: the '[' here is still"
                                + " open at line 5,"),
                arguments("brackets nested in metadata", Map.of("b.md", "## B\n\n---\ntitle: " + "[".repeat(10_000)
                                + "\n---\n"),
                        "src/bmm/b.md:4: error [BMM008] values are nested more than 100 levels deep here;"),
                arguments("a link title of a hundred thousand characters",
                        Map.of("b.md", "## B\n\n[x](u \"" + "t".repeat(100_000) + "\")\n"),
                        "src/bmm/b.md: error [BMM008] the Markdown parser ran out of stack on this text"),
                arguments("a link address of a hundred thousand characters",
                        Map.of("b.md", "## B\n\n[x](<" + "u".repeat(100_000) + ">)\n"),
                        "src/bmm/b.md: error [BMM008] the Markdown parser ran out of stack on this text"),
                arguments("an HTML tag of twenty thousand attributes",
                        Map.of("b.md", "## B\n\nTexto <span" + " a=\"b\"".repeat(20_000) + ">x</span>\n"),
                        "src/bmm/b.md: error [BMM008] the Markdown parser ran out of stack on this text"),
                arguments("metadata that is not a map", Map.of("b.md", "## B\n\n---\n- uno\n- dos\n---\n"),
                        "src/bmm/b.md:4: error [BMM011] a metadata block must hold 'key: value' lines,"
                                + " not a list or plain text"),
                arguments("one code, another name in another view", Map.of("w.md", "## B\n\n### O1: Otro\nTexto.\n"),
                        "src/bmm/w.md:3: warning [BMM086] 'O1' is named 'Uno' at src/bmm/vista.md:3 and 'Otro' here;"),
                arguments("one element described twice differently in one document",
                        Map.of("w.md", "## B\n\n### O2: Dos\nTexto.\n### O2. Dos\nOtro.\n"),
                        "src/bmm/w.md:5: warning [BMM085] 'O2: Dos' is described here differently than at src/bmm/w.md:3;"),
                arguments("same element described differently", Map.of("w.md", "## B\n\n### O1: Uno\nOtro texto.\n"),
                        "src/bmm/w.md:3: warning [BMM085] 'O1: Uno' is described here differently than at src/bmm/vista.md:3;"),
                arguments("duplicate table id", Map.of("b.md",
                                "## B\n\n| A |\n|---|\n| 1 |\n\n: Uno {#tbl:x}\n\n| B |\n|---|\n| 2 |\n\n: Dos {#tbl:x}\n"),
                        "src/bmm/b.md:9: error [BMM088] the table id 'tbl:x' is already used at src/bmm/b.md:3;"),
                arguments("link to no heading", Map.of("b.md", "## B\n\n- [Objetivos](#objetivos-sg)\n\n### X\nT.\n"),
                        "src/bmm/b.md:3: warning [BMM087] the link to '#objetivos-sg' leads to no heading, figure or table"),
                arguments("duplicate figure id", Map.of("b.md", "## B\n\n![a](a.png){#fig:x}\n\n![b](b.png){#fig:x}\n"),
                        "src/bmm/b.md:5: error [BMM024] the figure id 'fig:x' is already used at src/bmm/b.md:3 for"
                                + " another image;"),
                arguments("unknown figure", Map.of("b.md", "## B\n\n### X\nVer @fig:nada.\n"),
                        "src/bmm/b.md:4: warning [BMM023] @fig:nada refers to no figure;"),
                arguments("image path climbing out", Map.of("b.md", "## B\n\n![p](../../etc/passwd)\n"),
                        "src/bmm/b.md:3: warning [BMM022] the image '../../etc/passwd' is not published:"
                                + " it is outside the source folder"),
                arguments("absolute image path", Map.of("b.md", "## B\n\n![p](/etc/passwd)\n"),
                        "src/bmm/b.md:3: warning [BMM022] the image '/etc/passwd' is not published:"
                                + " absolute paths are not published"),
                arguments("file URL image", Map.of("b.md", "## B\n\n![p](file:///etc/passwd)\n"),
                        "src/bmm/b.md:3: warning [BMM022] the image 'file:///etc/passwd' is not published:"
                                + " a 'file:' address is not a file of the source folder"),
                arguments("remote image", Map.of("b.md", "## B\n\n![p](https://example.org/x.png)\n"),
                        "src/bmm/b.md:3: warning [BMM022] the image 'https://example.org/x.png' is not published:"),
                arguments("missing image", Map.of("b.md", "## B\n\n![p](images/no.png){#fig:p}\n"),
                        "src/bmm/b.md:3: warning [BMM021] the image 'images/no.png' does not exist;"),
                arguments("unresolved placeholder", Map.of("b.md", "## B\n\n### X\nPara $CLIENTE.\n"),
                        "src/bmm/b.md:4: warning [BMM020] the placeholder $CLIENTE has no value;"),
                arguments("empty file", Map.of("b.md", "\n\n"),
                        "src/bmm/b.md: warning [BMM007] the document is empty; it makes no page"),
                arguments("nested quotes", Map.of("b.md", "## B\n\n" + "> ".repeat(10_000) + "hondo\n"),
                        "src/bmm/b.md:3: error [BMM008] quotes or lists are nested more than 100 levels deep here;"),
                arguments("nested lists", Map.of("b.md", "## B\n\n" + "- ".repeat(10_000) + "hondo\n"),
                        "src/bmm/b.md:3: error [BMM008] quotes or lists are nested more than 100 levels deep here;"),
                arguments("lists nested by indentation", Map.of("b.md", "## B\n\n" + nestedList(150)),
                        "src/bmm/b.md:103: error [BMM008] quotes or lists are nested more than 100 levels deep here;"),
                arguments("values nested in a model file", Map.of("m.model.yaml", "groups:\n  A:\n    "
                                + "- ".repeat(10_000) + "O1\n"),
                        "src/bmm/m.model.yaml:3: error [BMM008] values are nested more than 100 levels deep here;"),
                arguments("model file naming an unknown element", Map.of("m.model.yaml", "types:\n  Goal: [O1, O2]\n"),
                        "src/bmm/m.model.yaml:2: error [BMM032] no document describes an element with the code"
                                + " or name 'O2';"),
                arguments("hostile HTML", Map.of("b.md", "## B\n\n### X\n<script>alert(1)</script>\n\n"
                                + "<p onclick=\"x()\">Hola <a href=\"javascript:alert(1)\">aquí</a></p>\n"),
                        "src/bmm/b.md:4: warning [BMM025] raw HTML that a public page must not carry was removed:"
                                + " <script>"));
    }

    /** Levels of lists, each indented under the one before. */
    private static String nestedList(int depth) {
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            text.append("  ".repeat(level)).append("- nivel ").append(level).append('\n');
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void isReportedAndLeavesThePreviousSiteAsItWas(String name, Map<String, String> files, String expected)
            throws Exception {
        for (Map.Entry<String, String> file : files.entrySet()) {
            write(file.getKey(), file.getValue());
        }

        assertThatThrownBy(() -> new Baker(options(true, StandardCharsets.UTF_8)).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).anySatisfy(line -> assertThat(line).startsWith(expected)));
        assertThat(files(project.resolve("target/site"))).containsExactlyInAnyOrderEntriesOf(previousSite);
    }

    static Stream<Arguments> badArchitectureModel() {
        String archi = "<archimate:model xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:archimate=\"http://www.archimatetool.com/archimate\" name=\"M\" id=\"m\">\n";
        return Stream.of(
                arguments("missing model", null, "modelo.archimate: error [BMM070] bmm.model names neither a file nor a folder"),
                arguments("malformed model", archi + "<folder>\n</archimate:model>\n",
                        "modelo.archimate:3: error [BMM071] the model file is not well-formed XML:"),
                arguments("external entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY s SYSTEM \"file:///etc/passwd\">]>\n"
                                + archi.replace("name=\"M\"", "name=\"&s;\"") + "</archimate:model>\n",
                        "modelo.archimate:2: error [BMM072] the model file declares a DTD"),
                arguments("relationship to nothing", archi + "<folder type=\"relations\" id=\"f\">\n"
                                + "<element xsi:type=\"archimate:FlowRelationship\" id=\"r\" source=\"a\" target=\"b\"/>\n"
                                + "</folder>\n</archimate:model>\n",
                        "modelo.archimate:3: error [BMM076] the source 'a' is not in the model"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArchitectureModel")
    void aBadArchitectureModelIsReportedAndLeavesThePreviousSiteAsItWas(String name, String model, String expected)
            throws Exception {
        Path file = project.resolve("modelo.archimate");
        if (model != null) {
            Files.writeString(file, model);
        }

        assertThatThrownBy(() -> new Baker(options(true, StandardCharsets.UTF_8).toBuilder().model(file).build()).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).anySatisfy(line -> assertThat(line).startsWith(expected))
                        .noneSatisfy(line -> assertThat(line).contains("root:")));
        assertThat(files(project.resolve("target/site"))).containsExactlyInAnyOrderEntriesOf(previousSite);
    }

    @Test
    void nothingOutsideTheSourceFolderIsCopied() throws Exception {
        Path secret = Files.writeString(project.resolve("secreto.png"), "no publicar");
        write("b.md", "## B\n\n![a](../../secreto.png)\n\n![b](" + secret.toUri() + ")\n\n![c](" + secret + ")\n");

        new Baker(options(false, StandardCharsets.UTF_8)).bake();

        assertThat(files(project.resolve("target/site")).values())
                .noneMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains("no publicar"));
    }

    @Test
    void symbolicLinksToFilesOutsideTheSourceFolderAreNeitherReadNorPublished() throws Exception {
        Path secret = Files.writeString(project.resolve("secreto.txt"), "no publicar");
        Files.createSymbolicLink(source.resolve("enlace.md"), secret);
        Files.createSymbolicLink(source.resolve("imagen.png"), secret);
        write("b.md", "## B\n\n![i](imagen.png)\n");

        assertThatThrownBy(() -> new Baker(options(true, StandardCharsets.UTF_8)).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).containsExactly(
                                "src/bmm/b.md:3: warning [BMM022] the image 'imagen.png' is not published: it is a"
                                        + " link to a file outside the source folder; copy the file instead",
                                "src/bmm/enlace.md: warning [BMM009] this is a link to a file outside the source"
                                        + " folder, so it is not read; copy the file instead"));
        new Baker(options(false, StandardCharsets.UTF_8)).bake();
        assertThat(files(project.resolve("target/site")).values())
                .noneMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains("no publicar"));
    }

    @Test
    void templateSyntaxInADocumentIsPrintedNotRun() throws Exception {
        write("b.md", "## B\n\n### X1: ${7*7} <#assign x=1>[#if true]sí[/#if]\nTexto ${config.site_title}.\n");

        new Baker(options(false, StandardCharsets.UTF_8)).bake();

        String page = Files.readString(project.resolve("target/site/elementos/x1.html"));
        assertThat(page).contains("${7*7} &lt;#assign x=1&gt;[#if true]sí[/#if]", "Texto ${config.site_title}.")
                .doesNotContain("49");
    }

    @Test
    void aFileInAnotherEncodingIsNamedAndCanBeReadWithTheEncodingParameter() throws Exception {
        write("latin.md", "## Gestión\n\n### O2: Trámites\nAtención al ciudadano.\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> new Baker(options(false, StandardCharsets.UTF_8)).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).containsExactly("src/bmm/latin.md:1: error [BMM002] the file"
                                + " is not valid UTF-8; save it as UTF-8, or set bmm.encoding to the encoding it is"
                                + " written in (e.g. ISO-8859-1)"));
        assertThat(files(project.resolve("target/site"))).containsExactlyInAnyOrderEntriesOf(previousSite);

        Files.writeString(source.resolve("vista.md"), new String(GOOD.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        new Baker(options(false, StandardCharsets.ISO_8859_1)).bake();
        assertThat(project.resolve("target/site/elementos/o2.html")).content(StandardCharsets.UTF_8)
                .contains("Trámites", "Atención al ciudadano.");
    }

    @Test
    void aBinaryFileIsNamed() throws Exception {
        write("imagen.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});

        assertThatThrownBy(() -> new Baker(options(false, StandardCharsets.UTF_8)).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).containsExactly("src/bmm/imagen.md:3: error [BMM005] this is"
                                + " not a text file (it holds NUL bytes); only Markdown text can be read"));
        assertThat(files(project.resolve("target/site"))).containsExactlyInAnyOrderEntriesOf(previousSite);
    }

    @Test
    void aThreeMegabyteLineIsBakedWhole() throws Exception {
        String line = "palabra ".repeat(3 * 1024 * 1024 / 8);
        write("largo.md", "## Largo\n\n### L1: Largo\n" + line + "fin\n");

        new Baker(options(true, StandardCharsets.UTF_8)).bake();

        assertThat(Files.readString(project.resolve("target/site/elementos/l1.html"))).contains(line.strip() + " fin");
    }

    @Test
    void hostileHtmlNeverReachesAPage() throws Exception {
        write("b.md", "## B\n\n### X\n<script>alert(1)</script>\n\n<p onclick=\"x()\" style=\"position:fixed\">"
                + "Hola <a href=\"javascript:alert(1)\">aquí</a> <img src=\"data:image/png;base64,AAAA\" onerror=\"x()\">"
                + "<iframe src=\"https://example.org\"></iframe><object data=\"x\"></object></p>\n\n"
                + "<base href=\"https://evil.example/\">\n\n<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">\n\n"
                + "<style>body{display:none}</style>\n");

        BakeResult result = new Baker(options(false, StandardCharsets.UTF_8)).bake();

        String page = Files.readString(project.resolve("target/site/elementos/x.html"));
        String body = page.substring(page.indexOf("<main"));
        assertThat(body).doesNotContain("<script", "onclick", "onerror", "javascript:", "data:", "<iframe", "<object",
                "<base", "http-equiv", "<style", "style=").contains("Hola", "aquí");
        assertThat(result.diagnostics()).extracting(Diagnostic::format).contains(
                "src/bmm/b.md:4: warning [BMM025] raw HTML that a public page must not carry was removed: <script>",
                "src/bmm/b.md:8: warning [BMM025] raw HTML that a public page must not carry was removed:"
                        + " <base>");
    }

    @Test
    void warningsAloneDoNotStopABakeOutsideStrictMode() throws Exception {
        write("b.md", "## B\n\n### X\nPara $CLIENTE.\n");

        BakeResult result = new Baker(options(false, StandardCharsets.UTF_8)).bake();

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("BMM020");
        assertThat(List.copyOf(files(project.resolve("target/site")).keySet())).contains("elementos/x.html");
    }
}
