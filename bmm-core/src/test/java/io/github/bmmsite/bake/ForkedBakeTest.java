package io.github.bmmsite.bake;

import io.github.bmmsite.browser.GeneratedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A bake in a JVM of its own reports and writes what the same bake in this JVM does. */
class ForkedBakeTest {

    private static final String CLASSPATH = System.getProperty("java.class.path");

    @TempDir
    Path project;

    private BakeOptions options(String output, boolean strict) throws IOException {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        Files.writeString(source.resolve("vista.md"), "---\nlang: es\n---\n## Vista\n\n### O1: Uno\nTexto para"
                + " $CLIENTE con [enlace](#nada).\n\n### O2: Dos\nRealiza O1.\n");
        return BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source)
                .output(project.resolve(output)).strict(strict).baseUrl("https://example.org/")
                .variables(Map.of("OTRA", "valor")).outputTimestamp("2026-11-30T00:00:00Z").build();
    }

    /** The last line says how long the bake took, which differs from bake to bake. */
    private static List<BakeReport.Line> withoutTimes(BakeReport report) {
        return report.lines().stream().map(line -> new BakeReport.Line(line.level(), line.text()
                .replaceAll(" in \\d+ ms: .*", " in … ms").replaceAll("target/site-\\w+", "target/site"))).toList();
    }

    private static Map<String, String> pages(Path site) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(site.relativize(file).toString(), Files.readString(file));
            }
        }
        return pages;
    }

    /** The same project baked here and in a JVM of its own, into two output folders. */
    private record BothWays(BakeOptions here, BakeOptions forked, BakeReport expected, BakeReport report) {
    }

    private BothWays bakeBothWays(boolean strict) throws IOException {
        BakeOptions here = options("target/site-here", strict);
        BakeOptions forked = options("target/site-forked", strict);
        return new BothWays(here, forked, BakeReport.of(here.output(), () -> new Baker(here).bake()),
                ForkedBake.bake(forked, CLASSPATH));
    }

    @Test
    void aForkedBakeReportsAndWritesWhatABakeHereDoes() throws Exception {
        BothWays baked = bakeBothWays(false);
        BakeReport report = baked.report();
        BakeReport expected = baked.expected();

        assertThat(report.outcome()).isEqualTo(BakeReport.Outcome.BAKED);
        assertThat(withoutTimes(report)).isEqualTo(withoutTimes(expected))
                .anySatisfy(line -> assertThat(line.text()).contains("[BMM020] the placeholder $CLIENTE has no value"))
                .last().satisfies(line -> assertThat(line.text()).startsWith("Baked "));
        assertThat(pages(baked.forked().output())).isNotEmpty().isEqualTo(pages(baked.here().output()));
    }

    @Test
    void aFailedBakeFailsWithTheSameMessage() throws Exception {
        BothWays baked = bakeBothWays(true);
        BakeReport report = baked.report();
        BakeReport expected = baked.expected();

        assertThat(report.outcome()).isEqualTo(BakeReport.Outcome.FAILED);
        assertThat(report.message()).startsWith("the site was not baked: 2 warning(s) in strict mode")
                .isEqualTo(expected.message().replace("site-here", "site-forked"));
        assertThat(withoutTimes(report)).isEqualTo(withoutTimes(expected));
        assertThat(baked.forked().output()).doesNotExist();
    }

    @Test
    void aJvmThatCannotStartSaysWhy() throws Exception {
        BakeReport report = ForkedBake.bake(options("target/site", false), CLASSPATH,
                List.of("-XX:+NoSuchOptionOfTheJvm"));

        assertThat(report.outcome()).isEqualTo(BakeReport.Outcome.CRASHED);
        assertThat(report.message()).startsWith("the bake's JVM stopped (exit code 1) without saying how the bake went")
                .contains("NoSuchOptionOfTheJvm");
        assertThat(project.resolve("target/site")).doesNotExist();
    }

    @Test
    void aBakeOutOfMemoryFailsSayingSoAndWritesNothing() throws Exception {
        BakeOptions options = options("target/site", false);
        GeneratedModel.write(options.source(), 40, 100);

        BakeReport report = ForkedBake.bake(options, CLASSPATH, List.of("-Xmx12m"));

        assertThat(report.outcome()).isEqualTo(BakeReport.Outcome.FAILED);
        assertThat(report.message()).startsWith("the bake ran out of memory: it may use at most")
                .endsWith("give Maven more (for example MAVEN_OPTS=-Xmx2g); the site in " + options.output()
                        + " was not replaced");
        assertThat(options.output()).doesNotExist();
    }
}
