package io.github.bmmsite.html;

import com.vladsch.flexmark.util.ast.Document;
import io.github.bmmsite.Fixtures;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.model.Fragment;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.parse.PandocNodes;
import io.github.bmmsite.parse.ParsedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fragments of one document render in parallel without a lock. That is safe only if, once the
 * first fragment of a document has been rendered, no render writes the document's data map any
 * more (flexmark stores option defaults there on first read). Checked on the seed, on a document
 * with every construct the export writes, and on the fuzzer's regression inputs read as Markdown.
 */
class FragmentRendererConcurrencyTest {

    private static final String EVERY_CONSTRUCT = """
            ## Vista con todo

            Introducción con *énfasis*, **fuerte**, `código`, [enlace](https://example.org/), <https://example.org/a>,
            <correo@example.org>, [ref][r], ![imagen](images/x.png), @fig:uno, [@fig:uno; @fig:dos], $CLIENTE, O1.

            [r]: https://example.org/ref

            ![Figura uno](images/uno.png){#fig:uno width=10 height=20}

            ![Figura dos](images/dos.png){#fig:dos}

            ### Grupo

            ### O1: Uno {#o1 .clase}
            Texto con O2 y <span class="x" onclick="alert(1)">html</span>.

            | a | b |
            |---|---|
            | 1 | 2 |

            : Tabla {#tbl:t}

            > cita
            > > anidada

            - lista
              1. numerada
              2. otra

            ```java
            code();
            ```

                indentado

            <div class="page-break"></div>

            \\newpage

            <script>alert(1)</script>

            ***

            ### O2: Dos
            Línea  
            dura y suave
            final con &amp; entidades &copy; y \\*escapes\\*.

            ---
            title: Metadatos al final
            ...
            """;

    static Stream<String> documents() throws IOException {
        List<String> documents = new ArrayList<>();
        documents.add(EVERY_CONSTRUCT);
        documents.add(Files.readString(Path.of("..", "content", "src", "bmm", "06.BMM.ObjetivosEstrategicosSG-OTIC.md")));
        Path fuzz = Path.of("src", "test", "resources", "io", "github", "bmmsite", "fuzz", "PipelineFuzzTestInputs",
                "bakesAnythingSafely");
        try (Stream<Path> inputs = Files.list(fuzz)) {
            for (Path input : inputs.sorted().toList()) {
                documents.add(new String(Files.readAllBytes(input), StandardCharsets.UTF_8));
            }
        }
        return documents.stream();
    }

    /** Every text of the documents that a page shows: documents' own, views' introductions, elements'. */
    private static List<Fragment> fragmentsOf(SiteModel model) {
        List<Fragment> fragments = new ArrayList<>();
        model.documents().forEach(exported -> fragments.add(exported.ownText()));
        model.views().forEach(view -> fragments.add(view.introduction()));
        model.elements().forEach(element -> fragments.add(element.description()));
        return fragments;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void afterTheFirstFragmentNoRenderWritesTheDocument(String markdown) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        ParsedDocument document = Fixtures.document("doc.md", markdown, diagnostics);
        SiteModel model = Fixtures.model(diagnostics, Map.of("CLIENTE", "la entidad"), List.of(document), List.of());
        Links links = Fixtures.links(model, Map.of("CLIENTE", "la entidad"), diagnostics);
        List<Fragment> fragments = fragmentsOf(model);
        Document ast = document.ast();
        if (model.documents().isEmpty()) {
            // Nothing to render: a document of print directives alone makes no page at all.
            assertThat(ast.getChildren()).allMatch(PandocNodes::isPrintOnly);
            return;
        }

        FragmentRenderer renderer = new FragmentRenderer(links);
        Set<Object> parsed = new HashSet<>(ast.getKeys());
        renderer.render(fragments.get(fragments.size() - 1));
        Set<Object> prepared = new HashSet<>(ast.getKeys());
        // The hazard is real: the first render writes the document (so it runs alone, see prepare).
        assertThat(prepared).isNotEqualTo(parsed);
        List<String> sequential = fragments.stream().map(renderer::render).toList();
        assertThat(new HashSet<Object>(ast.getKeys())).isEqualTo(prepared);

        // A fresh renderer, many threads released at once on the same document, several times over.
        for (int round = 0; round < 20; round++) {
            ParsedDocument again = Fixtures.document("doc.md", markdown, diagnostics);
            SiteModel againModel = Fixtures.model(diagnostics, Map.of("CLIENTE", "la entidad"), List.of(again),
                    List.of());
            List<Fragment> againFragments = fragmentsOf(againModel);
            FragmentRenderer parallel = new FragmentRenderer(Fixtures.links(againModel,
                    Map.of("CLIENTE", "la entidad"), diagnostics));
            assertThat(renderAll(parallel, againFragments)).isEqualTo(sequential);
        }
    }

    private static List<String> renderAll(FragmentRenderer renderer, List<Fragment> fragments) throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> html = new ArrayList<>(Collections.nCopies(fragments.size(), (String) null));
                    for (int i = 0; i < fragments.size(); i++) {
                        int index = (i + offset) % fragments.size();
                        html.set(index, renderer.render(fragments.get(index)));
                    }
                    return html;
                }));
            }
            start.countDown();
            List<String> first = results.get(0).get();
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(first);
            }
            return first;
        } finally {
            pool.shutdownNow();
        }
    }
}
