package io.github.bmmsite.maven;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link of the README, CONTRIBUTING.md, CHANGELOG.md and {@code docs/} leads to a file
 * of the repository, and every {@code #anchor} to a heading of the page it names; the README stays
 * a five-minute read.
 */
class DocsLinksTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final long README_MAX_BYTES = 12 * 1024;

    /** The address an HTML tag of the docs links or shows (README's images side by side): docs' own HTML, so a pattern does. */
    private static final Pattern HTML_ADDRESS = Pattern.compile("\\b(?:src|href)=\"([^\"]+)\"");

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    @Test
    void everyRelativeLinkAndAnchorOfTheDocsResolves() throws IOException {
        assertThat(brokenLinks(documentationFiles(REPOSITORY))).isEmpty();
    }

    @Test
    void theReadmeIsShort() throws IOException {
        assertThat(Files.size(REPOSITORY.resolve("README.md"))).isLessThanOrEqualTo(README_MAX_BYTES);
    }

    @Test
    void aMissingFileOrHeadingIsReported(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.md"), "# A page\n\n## Goal `bmm:bake`\n\n"
                + "[ok](b.md#the-other-page) [ok](#goal-bmmbake) [ok](https://example.org/x) [ok](b.md)\n"
                + "[gone](missing.md) [no heading](b.md#nowhere) [no heading here](#nowhere) ![img](img.png)\n\n"
                + "<p><img src=\"shot.png\" alt=\"\"> <a href=\"b.md\">ok</a></p>\n");
        Files.writeString(folder.resolve("b.md"), "# The other page\n");

        assertThat(brokenLinks(List.of(folder.resolve("a.md")))).extracting(link -> link.substring(link.indexOf(' ') + 1))
                .containsExactly("missing.md", "b.md#nowhere", "#nowhere", "img.png", "shot.png");
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() {
        assertThat(anchor("The architecture model (`bmm.model`)")).isEqualTo("the-architecture-model-bmmmodel");
        assertThat(anchor("Into a `docs/` folder of the repository")).isEqualTo("into-a-docs-folder-of-the-repository");
        assertThat(anchor("Value chain (\"cadena de valor\")")).isEqualTo("value-chain-cadena-de-valor");
        assertThat(anchor("open_data_license")).isEqualTo("open_data_license");
    }

    private static List<Path> documentationFiles(Path repository) throws IOException {
        List<Path> files = new ArrayList<>(List.of(repository.resolve("README.md"),
                repository.resolve("CONTRIBUTING.md"), repository.resolve("CHANGELOG.md")));
        try (Stream<Path> docs = Files.walk(repository.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** {@code file target} for each link that leads nowhere. */
    private static List<String> brokenLinks(List<Path> files) throws IOException {
        Map<Path, Set<String>> anchors = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            for (String target : targets(parse(file))) {
                if (target.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue;
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                Path linked = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                boolean found = Files.exists(linked);
                if (found && hash >= 0) {
                    found = anchors.computeIfAbsent(linked.toAbsolutePath().normalize(), DocsLinksTest::anchors)
                            .contains(target.substring(hash + 1));
                }
                if (!found) {
                    broken.add(file + " " + target);
                }
            }
        }
        return broken;
    }

    private static Node parse(Path file) {
        try {
            return PARSER.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> targets(Node document) {
        List<String> targets = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link) {
                targets.add(link.getUrl().toString());
            } else if (node instanceof Image image) {
                targets.add(image.getUrl().toString());
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                Matcher address = HTML_ADDRESS.matcher(node.getChars());
                while (address.find()) {
                    targets.add(address.group(1));
                }
            }
        }
        return targets;
    }

    private static Set<String> anchors(Path file) {
        Set<String> anchors = new HashSet<>();
        for (Node node : parse(file).getDescendants()) {
            if (node instanceof Heading heading) {
                String anchor = anchor(new TextCollectingVisitor().collectAndGetText(heading));
                String unique = anchor;
                for (int n = 1; !anchors.add(unique); n++) {
                    unique = anchor + "-" + n;
                }
            }
        }
        return anchors;
    }

    /** GitHub's rule, hand-written: flexmark's id generator turns {@code _} into {@code -}, GitHub keeps it. */
    static String anchor(String headingText) {
        return headingText.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}\\p{M} _-]", "").replace(' ', '-');
    }
}
