package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An input that cannot be read or parsed is reported once, at its root: the later stages, which
 * would miss the elements and views it holds, do not run, so no error follows for each of them.
 */
class KnockOnErrorsTest {

    @TempDir
    Path work;

    /** The codes of a failed bake's diagnostics. */
    private static Stream<String> codes(BakeOptions options) {
        return catchThrowableOfType(() -> new Baker(options).bake(), BakeFailedException.class)
                .diagnostics().stream().map(Diagnostic::code);
    }

    /**
     * The seed's model file relates seven processes that only the architecture model knows: without
     * the model, each would be an element no document describes (BMM032).
     */
    @Test
    void aMissingArchitectureModelIsTheOnlyError() {
        BakeOptions options = SeedSite.options(work, work.resolve("site")).toBuilder().model(work.resolve("no-such-model")).build();

        assertThat(codes(options)).containsExactly("BMM070");
    }

    @Test
    void aMalformedArchitectureModelIsTheOnlyError() throws IOException {
        Path model = Files.writeString(work.resolve("modelo.archimate"), "<archimate:model");

        assertThat(codes(SeedSite.options(work, work.resolve("site")).toBuilder().model(model).build())).containsExactly("BMM071");
    }

    /** Without its view, the document would match no view (BMM079) and the processes no element (BMM032). */
    @Test
    void aBrokenViewOfACollaborationFolderIsTheOnlyError() throws IOException {
        Path model = work.resolve("model");
        try (Stream<Path> files = Files.walk(SeedSite.MODEL)) {
            for (Path file : files.toList()) {
                Path copy = model.resolve(SeedSite.MODEL.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (file.getFileName().toString().startsWith("ArchimateDiagramModel_")) {
                    Files.writeString(copy, "<archimate:DiagramModel");
                } else {
                    Files.copy(file, copy);
                }
            }
        }

        assertThat(codes(SeedSite.options(work, work.resolve("site")).toBuilder().model(model).build())).containsExactly("BMM071");
    }

    private BakeOptions documents(Map<String, byte[]> files) throws IOException {
        Path source = Files.createDirectories(work.resolve("src/bmm"));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(source.resolve(file.getKey()), file.getValue());
        }
        return BakeOptions.builder().projectDir(work).buildDir(work.resolve("target")).source(source)
                .output(work.resolve("target/site")).language("es").baseUrl("https://example.org/").build();
    }

    @Test
    void aDocumentThatCannotBeReadIsTheOnlyErrorNotTheElementsTheModelFileNames() throws IOException {
        BakeOptions options = documents(Map.of(
                "vista.md", "## Vista\n\n### O1: Misión\nTexto.\n".getBytes(StandardCharsets.ISO_8859_1),
                "vista.model.yaml", "types:\n  Goal: [O1]\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(codes(options)).containsExactly("BMM002");
    }

    @Test
    void aDocumentThatCannotBeParsedIsTheOnlyErrorNotTheElementsTheModelFileNames() throws IOException {
        BakeOptions options = documents(Map.of(
                "vista.md", ("## Vista\n\n### O1: Uno\n" + "> ".repeat(1_000) + "hondo\n").getBytes(StandardCharsets.UTF_8),
                "vista.model.yaml", "types:\n  Goal: [O1]\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(codes(options)).containsExactly("BMM008");
    }
}
