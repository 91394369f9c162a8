package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

class ExportShapesTest {

    static final Path SOURCE = Path.of("src", "test", "resources", "export-shapes", "bmm").toAbsolutePath();
    static final Path MODEL = Path.of("src", "test", "resources", "export-shapes", "model", "dominio-aplicaciones.archimate")
            .toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void explore() throws Exception {
        for (boolean withModel : new boolean[] {true, false}) {
            Path site = work.resolve("site-" + withModel);
            BakeOptions options = new BakeOptions(SOURCE.getParent(), work, SOURCE, site, work.resolve("t"), work.resolve("a"),
                    false, Optional.empty(), Optional.of("https://example.org/"), StandardCharsets.UTF_8, Map.of(), Map.of());
            if (withModel) {
                options = options.withModel(MODEL);
            }
            BakeResult result;
            try {
                result = new Baker(options).bake();
            } catch (BakeFailedException e) {
                e.diagnostics().forEach(d -> System.out.println("FAIL " + d.format()));
                throw e;
            }
            System.out.println("==== model " + withModel);
            result.diagnostics().stream().map(Diagnostic::format).forEach(System.out::println);
            try (Stream<Path> files = Files.walk(site)) {
                files.filter(p -> p.toString().endsWith(".html")).map(site::relativize).sorted().forEach(System.out::println);
            }
            Path keep = Path.of("/tmp/h6/shapes-" + withModel);
            if (Files.exists(keep)) {
                try (Stream<Path> old = Files.walk(keep)) {
                    old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            try (Stream<Path> files = Files.walk(site)) {
                for (Path p : files.toList()) {
                    Path target = keep.resolve(site.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        }
    }
}
