package io.github.bmmsite.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sections {@code m.pageLayout} lists: the page's h2 with an id, outside disclosures, in order. */
class PageHeadingsTemplateTest {

    @TempDir
    Path templates;

    private String headings(String markup) throws IOException, TemplateEngine.TemplateFailure {
        Files.writeString(templates.resolve("probe.ftl"), """
                <#import "macros.ftl" as m>
                <#list m.headings(markup) as h>${h.id}=${h.text?no_esc};</#list>""");
        TemplateEngine engine = new TemplateEngine(new TemplateSet(templates, null), Locale.forLanguageTag("es"));
        return new String(engine.render("probe.ftl", Map.of("markup", markup)), StandardCharsets.UTF_8);
    }

    @Test
    void listsTheHeadingsWithAnIdInTheOrderOfThePage() throws Exception {
        assertThat(headings("<h1>T</h1><h2 id=\"a\">Uno</h2><p>x</p><h2 class=\"c\" id=\"b\" hidden>Dos <em>y</em></h2>"))
                .isEqualTo("a=Uno;b=Dos <em>y</em>;");
    }

    @Test
    void leavesOutHeadingsInsideDisclosuresAndHeadingsWithoutAnId() throws Exception {
        assertThat(headings("<h2 id=\"a\">A</h2><details><summary>s</summary><h2 id=\"in\">In</h2></details>"
                + "<h2>No id</h2><h2 data-id=\"x\">Data</h2><h2 id=\"b\">B</h2>"
                + "<details open><h2 id=\"in2\">In 2</h2></details><h2 id=\"c\">C</h2>"))
                .isEqualTo("a=A;b=B;c=C;");
    }

    @Test
    void readsNoFurtherThanWhatIsClosed() throws Exception {
        assertThat(headings("<h2id=\"x\">Not a heading</h2><h3 id=\"h3\">H3</h3><h2 id=\"open\">Never closed"))
                .isEmpty();
        assertThat(headings("<h2 id=\"a\">A</h2><details><h2 id=\"in\">never closed")).isEqualTo("a=A;");
        assertThat(headings("")).isEmpty();
    }
}
