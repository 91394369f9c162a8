package io.github.bmmsite.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.bmmsite.archimate.ArchimateModel;
import io.github.bmmsite.archimate.ArchimateReader;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.model.ModelAssembler;
import io.github.bmmsite.parse.MarkdownParser;
import io.github.bmmsite.parse.ParsedDocument;
import io.github.bmmsite.source.MetadataBlocks;
import io.github.bmmsite.source.Placeholders;
import io.github.bmmsite.source.TextFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Any bytes as an architecture model (Archi file or exchange file, told apart by the reader), laid
 * over a document of its view, end in a model or in diagnostics, never in an exception.
 *
 * <p>A plain test run replays the inputs in {@code src/test/resources/io/github/bmmsite/fuzz/
 * ArchimateReaderFuzzTestInputs/}. To fuzz: {@code JAZZER_FUZZ=1 mvn -pl bmm-core test
 * -Dtest=ArchimateReaderFuzzTest -Djazzer.max_duration=10m}.
 */
class ArchimateReaderFuzzTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    /** A document of the view that the seed inputs (copies of the reader's fixtures) draw. */
    private static final String DOCUMENT = "## Vista\n\n![v](v.png){#fig:id-view}\n\n### Canales\n\n"
            + "### OT1: Atender al ciudadano\nTexto.\n### Ciudadanía\nTexto.\n";

    @FuzzTest
    void readsAnyModelSafely(FuzzedDataProvider data) {
        byte[] xml = data.consumeRemainingAsBytes();
        Diagnostics diagnostics = new Diagnostics();
        try {
            Path file = Files.createTempFile("model", ".archimate");
            try {
                Files.write(file, xml);
                Optional<ArchimateModel> model = ArchimateReader.read(file, Path::getFileName, diagnostics);
                List<ParsedDocument> documents = PARSER.parse(MetadataBlocks.extract(new TextFile(
                        Path.of("doc.md").toAbsolutePath(), Path.of("doc.md"), DOCUMENT), diagnostics), diagnostics)
                        .stream().toList();
                new ModelAssembler(diagnostics, new Placeholders(Map.of())).assemble(documents, List.of(), model);
                model.ifPresent(m -> m.views().forEach(v -> m.diagram(v.id(), id -> Optional.of(id))));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
