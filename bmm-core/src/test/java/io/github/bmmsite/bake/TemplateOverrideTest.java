package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A project's templates override the default ones by name and read the same variables: a copy of
 * every default template bakes the same site, and a template that reads a variable no page has
 * fails with its file and line.
 */
class TemplateOverrideTest {

    private static final Path DEFAULT_TEMPLATES = Path.of("..", "site-template", "src", "main", "resources",
            "bmm-site-template", "templates");

    @TempDir
    Path work;

    @Test
    void copiesOfEveryDefaultTemplateBakeTheSameSite() throws Exception {
        Path templates = Files.createDirectories(work.resolve("templates"));
        List<Path> defaults = files(DEFAULT_TEMPLATES);
        assertThat(defaults).hasSizeGreaterThan(10);
        for (Path template : defaults) {
            Files.copy(template, templates.resolve(template.getFileName()));
        }
        Map<String, byte[]> bakedWithDefaults = bake("defaults", work.resolve("no-templates"));

        assertThat(bake("copies", templates)).hasSameSizeAs(bakedWithDefaults)
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(bakedWithDefaults.get(path)));

        // The copies are what the bake reads: one changed copy changes its pages.
        Files.writeString(templates.resolve("footer.ftl"), "<!-- own footer -->", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertThat(new String(bake("changed", templates).get("index.html"), StandardCharsets.UTF_8))
                .contains("<!-- own footer -->");
    }

    @Test
    void aTemplateReadingAVariableNoPageHasFailsWithItsFileAndLine() throws Exception {
        Path templates = Files.createDirectories(work.resolve("templates"));
        Files.writeString(templates.resolve("group.ftl"), "<h1>${content.title}</h1>\n<p>${content.group.name}</p>\n"
                + "<p>${content.group.leader}</p>\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> bake("broken", templates))
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .filteredOn(d -> d.problem().code().equals("BMM040"))
                        .singleElement()
                        .satisfies(d -> {
                            assertThat(d.location().file()).isEqualTo(templates.resolve("group.ftl"));
                            assertThat(d.location().line()).isEqualTo(3);
                            assertThat(d.format()).contains("content.group.leader");
                        }));
    }

    /** The baked site, file by file, the bake's own folder aside. */
    private Map<String, byte[]> bake(String name, Path templates) throws Exception {
        BakeOptions seed = SeedSite.options(work.resolve(name + "-build"), work.resolve(name));
        new Baker(seed.toBuilder().templates(templates).build()).bake();
        Map<String, byte[]> site = new TreeMap<>();
        for (Path file : files(seed.output())) {
            site.put(seed.output().relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        return site;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
