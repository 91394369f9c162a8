package io.github.bmmsite.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bakes the seed document and compares every page with the golden copy under
 * {@code src/test/resources/golden/seed}. After an intended change of the output, run the test
 * with {@code -Dgolden.update=true} and review the diff of the golden files.
 */
class SeedSiteGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "seed");

    @TempDir
    Path work;

    @Test
    void everyPageMatchesItsGoldenCopy() throws Exception {
        Path site = work.resolve("site");
        new Baker(SeedSite.options(work, site)).bake();

        List<String> baked = textFiles(site);
        if (Boolean.getBoolean("golden.update")) {
            replaceGolden(site, baked);
        }
        assertThat(baked).isEqualTo(textFiles(GOLDEN));
        for (String page : baked) {
            assertThat(Files.readString(site.resolve(page))).as(page)
                    .isEqualTo(Files.readString(GOLDEN.resolve(page)));
        }
    }

    private static void replaceGolden(Path site, List<String> pages) throws IOException {
        if (Files.exists(GOLDEN)) {
            try (Stream<Path> old = Files.walk(GOLDEN)) {
                for (Path file : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        for (String page : pages) {
            Path target = GOLDEN.resolve(page);
            Files.createDirectories(target.getParent());
            Files.writeString(target, Files.readString(site.resolve(page), StandardCharsets.UTF_8));
        }
    }

    /**
     * Pages, sitemap and search data; the assets belong to site-template and are not golden here, nor
     * is the bake's marker, which lists them.
     */
    private static List<String> textFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("assets/") && !p.equals(".bmm-site"))
                    .sorted().toList();
        }
    }
}
