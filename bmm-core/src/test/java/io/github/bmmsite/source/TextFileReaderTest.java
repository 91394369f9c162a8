package io.github.bmmsite.source;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TextFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void dropsTheByteOrderMarkAndNormalisesLineEnds() throws Exception {
        Path file = dir.resolve("doc.md");
        Files.write(file, "\uFEFF## Título\r\n\r\ntexto\rfin\n".getBytes(StandardCharsets.UTF_8));

        Optional<TextFile> read = new TextFileReader(dir, StandardCharsets.UTF_8).read(file, new Diagnostics());

        assertThat(read).isPresent();
        assertThat(read.get().text()).isEqualTo("## Título\n\ntexto\nfin\n");
        assertThat(read.get().displayPath()).isEqualTo(Path.of("doc.md"));
    }

    @Test
    void reportsAFileThatIsNotUtf8WithTheLineOfTheFirstBadByte() throws Exception {
        Path file = dir.resolve("latin1.md");
        Files.write(file, "## Titulo\n\nGesti\u00f3n\n".getBytes(StandardCharsets.ISO_8859_1));
        Diagnostics diagnostics = new Diagnostics();

        Optional<TextFile> read = new TextFileReader(dir, StandardCharsets.UTF_8).read(file, diagnostics);

        assertThat(read).isEmpty();
        assertThat(diagnostics.all()).extracting(Diagnostic::format)
                .containsExactly("latin1.md:3: error [BMM002] the file is not valid UTF-8; save it as UTF-8,"
                        + " or set bmm.encoding to the encoding it is written in (e.g. ISO-8859-1)");
    }
}
