package io.github.bmmsite.diagnostic;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PrintableTest {

    @Test
    void aFileNameCannotBreakOrReorderALogLine() {
        SourceLocation location = SourceLocation.of(Path.of("src/bmm/a\nb\u202Egnp.md"), 3);
        Diagnostic diagnostic = new Diagnostic(Problem.MISSING_IMAGE, location, "the image 'x\r\ny.png' does not exist");
        assertThat(diagnostic.format())
                .isEqualTo("src/bmm/a\\nb\\u202Egnp.md:3: warning [BMM021] the image 'x\\r\\ny.png' does not exist")
                .doesNotContain("\n", "\r", "\u202E");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String spanish = "Gestión de trámites — ¿cuál? «sí» 😀";
        assertThat(Printable.escape(spanish)).isSameAs(spanish);
    }

    @Test
    void everyControlAndBidiCharacterIsEscaped() {
        assertThat(Printable.escape("\u0000\u001b[31m\u0085\u200e\u2067\u2028\t"))
                .isEqualTo("\\u0000\\u001B[31m\\u0085\\u200E\\u2067\\u2028\\t");
    }

    @Test
    void anIoFailureSaysWhyNotOnlyWhere() throws IOException {
        assertThat(IoReason.of(new NoSuchFileException("/x/y"))).isEqualTo("/x/y: no such file or folder");
        assertThat(IoReason.of(new AccessDeniedException("/proc/x"))).isEqualTo("/proc/x: permission denied");
        assertThat(IoReason.of(new FileSystemException("/a", "/b", "Read-only file system")))
                .isEqualTo("/a -> /b: read-only file system");
        assertThat(IoReason.of(new IOException())).isEqualTo("IOException");
        IOException real = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> Files.createDirectories(Path.of("/proc/self/bmm-site-test")));
        assertThat(IoReason.of(real)).startsWith("/proc/self/bmm-site-test: ").hasSizeGreaterThan(30);
    }
}
