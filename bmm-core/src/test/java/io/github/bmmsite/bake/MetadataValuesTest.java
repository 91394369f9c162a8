package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Metadata values reach pages only as what they mean: a language tag, a draft or no draft. */
class MetadataValuesTest {

    @TempDir
    Path project;

    private BakeResult bake(String... documents) throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        for (int i = 0; i < documents.length; i++) {
            Files.writeString(source.resolve((char) ('a' + i) + ".md"), documents[i]);
        }
        return new Baker(BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                .source(source).output(project.resolve("target/site")).baseUrl("https://example.org/")
                .outputTimestamp("2026-01-01T00:00:00Z").build()).bake();
    }

    private String page(String path) throws Exception {
        return Files.readString(project.resolve("target/site").resolve(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc", "es_CO", "\\\"><script>alert(1)</script>", "español", "es-", "e"})
    void aLangThatIsNoLanguageTagIsReportedAndPagesKeepTheSiteLanguage(String lang) throws Exception {
        BakeResult result = bake("---\ntitle: Vista\nlang: \"" + lang + "\"\n---\n## Vista\n\n### O1: Uno\nTexto.\n");

        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly("src/bmm/a.md:3: warning"
                + " [BMM016] lang: '" + lang.replace("\\\"", "\"") + "' is not a language tag (BCP 47, such as es"
                + " or es-CO), so it is ignored; pages use the site language");
        for (String page : new String[] {"index.html", "vistas/vista.html", "elementos/o1.html"}) {
            assertThat(page(page)).as(page).contains("<html lang=\"es\">", "<meta property=\"og:locale\" content=\"es\">");
        }
    }

    @Test
    void theFirstWellFormedLangSetsTheSiteLanguage() throws Exception {
        BakeResult result = bake("---\nlang: ../../etc\n---\n## Vista A\n\n### O1: Uno\nTexto.\n",
                "## Vista B\n\n### O2: Dos\nTexto.\n\n---\nlang: es-CO\n...\n",
                "## Vista C\n\n### O3: Tres\nTexto.\n\n---\nlang: zh-Hant-TW\n...\n");

        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "src/bmm/a.md:2: warning [BMM016] lang: '../../etc' is not a language tag (BCP 47, such as es or"
                        + " es-CO), so it is ignored; pages use the site language",
                "src/bmm/c.md:7: warning [BMM013] the document declares lang: zh-Hant-TW but the site language is"
                        + " es-CO; pages use es-CO (fix 'lang' in the document, or set bmm.language)");
        assertThat(page("elementos/o1.html")).contains("<html lang=\"es-CO\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "False", "no", "off", "OFF", "null", "~", "\"\"", ""})
    void aFalseOrEmptyTodoIsNoDraft(String todo) throws Exception {
        BakeResult result = bake("---\ntodo: " + todo + "\n---\n## Vista\n\n### O1: Uno\nTexto.\n");

        assertThat(result.diagnostics()).isEmpty();
        assertThat(page("vistas/vista.html")).doesNotContain("draft-notice", "borrador");
        assertThat(page("elementos/o1.html")).doesNotContain("draft-notice", "borrador");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "True", "yes", "on"})
    void aTrueTodoIsADraftWithoutANote(String todo) throws Exception {
        bake("---\ntodo: " + todo + "\n---\n## Vista\n\n### O1: Uno\nTexto.\n");

        for (String page : new String[] {"vistas/vista.html", "elementos/o1.html"}) {
            assertThat(page(page)).as(page).contains("<p class=\"draft-notice-title\" id=\"aviso-borrador\">Documento en"
                    + " borrador</p>\n      <p>Este contenido aún no es definitivo y puede cambiar.</p>")
                    .doesNotContain("Nota de los autores");
        }
    }

    @Test
    void aTodoTextIsADraftWithThatNote() throws Exception {
        bake("---\ntodo: Falta revisar las metas\n---\n## Vista\n\n### O1: Uno\nTexto.\n");

        for (String page : new String[] {"vistas/vista.html", "elementos/o1.html"}) {
            assertThat(page(page)).as(page).contains("<p>Este contenido aún no es definitivo y puede cambiar.</p>\n"
                    + "      <p class=\"draft-note\">Nota de los autores: Falta revisar las metas</p>");
        }
    }
}
