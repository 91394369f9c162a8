package io.github.bmmsite.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.ReferenceResolver;
import io.github.bmmsite.model.ModelAssembler;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.parse.MarkdownParser;
import io.github.bmmsite.parse.ParsedDocument;
import io.github.bmmsite.render.SiteRenderer;
import io.github.bmmsite.engine.TemplateEngine;
import io.github.bmmsite.engine.TemplateSet;
import io.github.bmmsite.source.MetadataBlocks;
import io.github.bmmsite.source.ModelFile;
import io.github.bmmsite.source.ModelFileReader;
import io.github.bmmsite.source.Placeholders;
import io.github.bmmsite.source.TextFile;
import io.github.bmmsite.write.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any document and model file go through read → parse → model → link → render without an
 * exception, and no page carries a script, an event handler or a script URL.
 *
 * <p>A plain test run replays the inputs in {@code src/test/resources/io/github/bmmsite/fuzz/
 * PipelineFuzzTestInputs/}. To fuzz: {@code JAZZER_FUZZ=1 mvn -pl bmm-maven-plugin test
 * -Dtest=PipelineFuzzTest -Djazzer.max_duration=10m}; a crashing input lands in that folder and
 * stays there, after the fix, as a regression case.
 */
class PipelineFuzzTest {

    private static final Path SOURCE = Path.of("src", "bmm").toAbsolutePath();
    private static final MarkdownParser PARSER = new MarkdownParser();
    private static final TemplateEngine TEMPLATES = templates();

    private static TemplateEngine templates() {
        try {
            return new TemplateEngine(new TemplateSet(null, null), Locale.forLanguageTag("es"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest
    void bakesAnythingSafely(FuzzedDataProvider data) {
        String model = data.consumeString(400);
        String markdown = data.consumeRemainingAsString();
        Diagnostics diagnostics = new Diagnostics();

        List<ParsedDocument> documents = PARSER.parse(MetadataBlocks.extract(
                        new TextFile(SOURCE.resolve("doc.md"), Path.of("doc.md"), markdown), diagnostics), diagnostics)
                .stream().toList();
        List<ModelFile> modelFiles = ModelFileReader.read(
                new TextFile(SOURCE.resolve("doc.model.yaml"), Path.of("doc.model.yaml"), model), diagnostics)
                .stream().toList();
        Placeholders placeholders = new Placeholders(Map.of("CLIENTE", "<b>cliente</b>"));
        SiteModel site = new ModelAssembler(diagnostics, placeholders).assemble(documents, modelFiles);
        Links links = new ReferenceResolver(SOURCE, placeholders, diagnostics).resolve(site);
        List<OutputFile> pages = new SiteRenderer(TEMPLATES, diagnostics)
                .render(links, Map.of("site_title", "Sitio", "site_language", "es"));

        assertThat(diagnostics.all()).noneMatch(d -> d.code().equals("BMM040"));
        for (OutputFile page : pages) {
            if (page.sitePath().endsWith(".html")) {
                assertSafe(new String(((OutputFile.Bytes) page).content(), StandardCharsets.UTF_8));
            }
        }
    }

    private static void assertSafe(String html) {
        Document page = Jsoup.parse(html);
        assertThat(page.select("iframe, object, embed, style, base")).isEmpty();
        // The only scripts are the site's own files, loaded by the search page.
        for (Element script : page.select("script")) {
            assertThat(script.data()).isEmpty();
            assertThat(script.attr("src")).matches("(\\.\\./)*(assets/[\\w/.-]+|search-index)\\.js");
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                assertThat(name).doesNotStartWith("on");
                assertThat(name).isNotEqualTo("style");
                if (name.equals("href") || name.equals("src")) {
                    assertThat(value).doesNotStartWith("javascript:").doesNotStartWith("data:")
                            .doesNotStartWith("vbscript:");
                }
            }
        }
    }
}
