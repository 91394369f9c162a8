package io.github.bmmsite.jbake;

import io.github.bmmsite.bake.BakeFailedException;
import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JBakeEngineTest {

    @TempDir
    Path project;

    private BakeOptions options(String engine) {
        return BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                .source(project.resolve("src/bmm")).output(project.resolve("target/site"))
                .templates(project.resolve("src/site/templates")).assets(project.resolve("src/site/assets"))
                .baseUrl("https://example.org/").config(Map.of("site_title", "Uno, dos y tres")).engine(engine)
                .outputTimestamp("2026-01-01T00:00:00Z").build();
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String page(String path) throws IOException {
        return Files.readString(project.resolve("target/site").resolve(path));
    }

    @Test
    void aSecondBakeInTheSameJvmSeesOnlyTheNewPages() throws Exception {
        write("src/bmm/vista.md", "## Vista\n\n### O1: Uno\nTexto.\n\n### O2: Dos\nMás texto.\n");
        new Baker(options("jbake")).bake();
        assertThat(project.resolve("target/site/elementos/o2.html")).exists();

        write("src/bmm/vista.md", "## Vista\n\n### O1: Uno cambiado\nTexto nuevo.\n");
        new Baker(options("jbake")).bake();

        assertThat(page("elementos/o1.html")).contains("Uno cambiado", "Texto nuevo.");
        assertThat(project.resolve("target/site/elementos/o2.html")).doesNotExist();
        assertThat(page("index.html")).doesNotContain("O2");
    }

    /** The engine's work folder is the bake's own: what stands in its way is replaced, never a failure. */
    @Test
    void aFileWhereTheEngineKeepsItsWorkFoldersDoesNotFailTheBake() throws Exception {
        write("src/bmm/vista.md", "## Vista\n\n### O1: Uno\nTexto.\n");
        write("target/bmm-jbake", "not a folder");

        assertThat(new Baker(options("jbake").toBuilder().cache(false).build()).bake().diagnostics()).isEmpty();

        Files.delete(project.resolve("target/bmm-jbake/output/elementos/o1.html"));
        Files.delete(project.resolve("target/bmm-jbake/output/elementos"));
        write("target/bmm-jbake/output/elementos", "not a folder");

        assertThat(new Baker(options("jbake").toBuilder().cache(false).build()).bake().diagnostics()).isEmpty();
        assertThat(page("elementos/o1.html")).contains("Texto.");
    }

    @Test
    void aSettingWithACommaStaysOneValue() throws Exception {
        write("src/bmm/vista.md", "## Vista\n\n### O1: Uno\nTexto.\n");

        new Baker(options("jbake")).bake();

        assertThat(page("index.html")).contains("Uno, dos y tres");
    }

    @Test
    void textThatLooksLikeMarkupIsEscapedAsByTheBuiltInEngine() throws Exception {
        write("src/bmm/vista.md", "## Vista\n\n### O1: Uno <b>negrita</b> ${config.site_title}\nTexto & <i>más</i>.\n");

        new Baker(options("jbake")).bake();
        String jbake = page("elementos/o1.html");
        new Baker(options("freemarker")).bake();

        assertThat(jbake).isEqualTo(page("elementos/o1.html")).contains("${config.site_title}");
    }

    @Test
    void aBrokenTemplateIsReportedAtItsLineAsByTheBuiltInEngine() throws Exception {
        write("src/bmm/vista.md", "## Vista\n\n### O1: Uno\nTexto.\n");
        new Baker(options("jbake")).bake();
        String before = page("elementos/o1.html");
        write("src/site/templates/element.ftl", "<p>${content.title}</p>\n<p>${content.missing}</p>\n");

        List<String> jbake = failures(options("jbake"));
        List<String> builtIn = failures(options("freemarker"));

        assertThat(jbake).isEqualTo(builtIn).singleElement().asString()
                .contains("src/site/templates/element.ftl:2:6: error [BMM040]", "content.missing");
        assertThat(page("elementos/o1.html")).isEqualTo(before);
    }

    @Test
    void withTheEngineThereAnUnknownNameListsBothEngines() throws Exception {
        write("src/bmm/vista.md", "## Vista\n\n### O1: Uno\nTexto.\n");

        assertThat(failures(options("hugo"))).containsExactly(
                "pom.xml: error [BMM060] bmm.engine=hugo names no engine; the engines available are freemarker, jbake");
    }

    private static List<String> failures(BakeOptions options) {
        try {
            new Baker(options).bake();
        } catch (BakeFailedException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("the bake did not fail");
    }
}
