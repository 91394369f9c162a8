package io.github.bmmsite.i18n;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.notation.ElementType;
import io.github.bmmsite.notation.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bundles are complete: {@code es} and {@code en} have the same keys, every key a template or
 * the code looks up is in them, and every key in them is looked up somewhere.
 */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("..", "site-template", "src", "main", "resources",
            "bmm-site-template", "templates");
    private static final Path CODE = Path.of("src", "main", "java");
    /** What looks like a message key: an area of the bundle, a dot, a name ("nav.home", "chain.up.help"). */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");
    /** File names, which look like keys ("element.ftl"). */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(ftl|html|js|json|csv|xml|txt|css)");
    private static final Function<Path, Path> AS_IS = Function.identity();

    private final Messages spanish = Messages.builtIn("es");
    private final Messages english = Messages.builtIn("en");

    @Test
    void spanishAndEnglishHaveTheSameKeys() {
        assertThat(english.all().keySet()).containsExactlyElementsOf(spanish.all().keySet());
        assertThat(spanish.all()).hasSizeGreaterThan(200);
    }

    @Test
    void everyKeyTheTemplatesAndTheCodeLookUpIsInTheBundles() throws IOException {
        Set<String> areas = new TreeSet<>();
        spanish.all().keySet().forEach(key -> areas.add(key.substring(0, key.indexOf('.'))));
        Set<String> missing = new TreeSet<>();
        for (String key : keysUsed()) {
            boolean counted = spanish.all().containsKey(key + ".one") && spanish.all().containsKey(key + ".other");
            if (areas.contains(key.substring(0, key.indexOf('.'))) && !spanish.all().containsKey(key) && !counted) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyOfTheBundlesIsLookedUp() throws IOException {
        Set<String> used = keysUsed();
        Set<String> unused = new TreeSet<>();
        for (String key : spanish.all().keySet()) {
            String counted = key.replaceFirst("\\.(one|other)$", "");
            boolean built = key.startsWith("elementType.") || key.startsWith("crossref.")
                    || key.matches("relation\\.[a-z]+\\.(forward|backward)(\\.meaning)?");
            if (!used.contains(key) && !used.contains(counted) && !built) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void everyElementTypeAndRelationshipTypeHasItsWords() {
        for (Messages messages : new Messages[] {spanish, english}) {
            for (RelationType type : RelationType.values()) {
                assertThat(messages.verb(type.id(), true)).isNotBlank();
                assertThat(messages.verb(type.id(), false)).isNotBlank();
                assertThat(messages.verbMeaning(type.id(), true)).isNotBlank();
                assertThat(messages.verbMeaning(type.id(), false)).isNotBlank();
            }
            Stream.of("Goal", "ApplicationComponent", "Grouping", "Plateau").map(ElementType::named)
                    .forEach(type -> assertThat(messages.elementType(type.orElseThrow().name())).isNotBlank());
        }
        assertThat(spanish.all().keySet().stream().filter(key -> key.startsWith("elementType."))
                .map(key -> ElementType.named(key.substring("elementType.".length()))))
                .allMatch(type -> type.isPresent()).hasSize(60);
        assertThat(spanish.verb("realization", false)).isEqualTo("es realizado por");
        assertThat(english.verb("realization", true)).isEqualTo("realizes");
        assertThat(spanish.verbMeaning("realization", true)).isEqualTo("contribuye a cumplir o hacer realidad");
    }

    @Test
    void argumentsGoInOnceAndCountsTakeTheirForm() {
        assertThat(spanish.count("count.elements", 1)).isEqualTo("1 elemento");
        assertThat(spanish.count("count.elements", 2)).isEqualTo("2 elementos");
        assertThat(english.count("count.relations", 0)).isEqualTo("0 relationships");
        assertThat(Messages.fill("{0} y {1}", "{1}", "B")).isEqualTo("{1} y B");
        assertThat(english.text("text.quoted", "it's")).isEqualTo("“it's”");
        assertThatThrownBy(() -> spanish.text("nav.nothing")).hasMessageContaining("nav.nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "es-CO", "es-419"})
    void aRegionOfALanguageTakesItsWords(String tag) {
        Diagnostics diagnostics = new Diagnostics();
        Messages messages = Messages.load(tag, null, Path.of("pom.xml"), diagnostics, AS_IS);

        assertThat(messages.language()).isEqualTo("es");
        assertThat(messages.text("nav.home")).isEqualTo("Inicio");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void aLanguageWithoutWordsOfItsOwnGetsTheEnglishOnesAndAWarning() {
        Diagnostics diagnostics = new Diagnostics();
        Messages messages = Messages.load("fr", null, Path.of("pom.xml"), diagnostics, AS_IS);

        assertThat(messages.language()).isEqualTo("en");
        assertThat(messages.text("nav.home")).isEqualTo("Home");
        assertThat(diagnostics.all()).extracting(Diagnostic::problem).containsExactly(Problem.LANGUAGE_WITHOUT_MESSAGES);
        assertThat(diagnostics.all().get(0).format()).startsWith("pom.xml: warning [BMM018] the site language fr");
    }

    @Test
    void aProjectsMessagesWinAndAnUnknownKeyIsReportedWithItsLine(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("messages_en.properties"), """
                # Our own words
                nav.home = Start
                nav.hom=Typo
                search.title:Find
                """);
        Diagnostics diagnostics = new Diagnostics();
        Messages messages = Messages.load("en-GB", templates, Path.of("pom.xml"), diagnostics, AS_IS);

        assertThat(messages.text("nav.home")).isEqualTo("Start");
        assertThat(messages.text("search.title")).isEqualTo("Find");
        assertThat(messages.text("search.button")).isEqualTo("Search");
        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(templates.resolve(
                "messages_en.properties") + ":3: warning [BMM019] no page shows a message 'nav.hom', so this line"
                + " changes nothing; the keys are those of messages_en.properties in the built-in templates (see the"
                + " languages guide)");
    }

    @Test
    void aProjectsMessagesInAnotherEncodingAreAnErrorNamingTheFile(@TempDir Path templates) throws IOException {
        Files.write(templates.resolve("messages_es.properties"), "nav.home=Portada de la Secretar\u00eda\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Diagnostics diagnostics = new Diagnostics();
        Messages messages = Messages.load("es", templates, Path.of("pom.xml"), diagnostics, AS_IS);

        assertThat(messages.text("nav.home")).isEqualTo("Inicio");
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.problem()).isEqualTo(Problem.UNREADABLE_FILE);
            assertThat(d.format()).startsWith(templates.resolve("messages_es.properties")
                    + ": error [BMM003] cannot read the messages (UTF-8): ");
        });
    }

    /** Every key-like string in the templates and the code: the keys they look up. */
    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path root : new Path[] {TEMPLATES, CODE}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".ftl") || f.toString().endsWith(".java"))
                        .toList()) {
                    Matcher literal = KEY_LITERAL.matcher(Files.readString(file));
                    while (literal.find()) {
                        if (!FILE_NAME.matcher(literal.group(1)).matches()) {
                            keys.add(literal.group(1));
                        }
                    }
                }
            }
        }
        return keys;
    }
}
