package io.github.bmmsite.i18n;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.IoReason;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the site in one language: the built-in bundle of that language, with single
 * messages overridden by the project's own {@code messages_<language>.properties} (in the templates
 * folder, as the templates it goes with). Immutable; shared by the rendering threads.
 *
 * <p>Texts take arguments as {@code {0}}, {@code {1}}, …; a text that counts has a {@code .one} and
 * an {@code .other} form ({@link #count}).
 */
public final class Messages {

    /** The language of the built-in words when {@code bmm.language} is not set. */
    public static final String DEFAULT_LANGUAGE = "es";
    /** The bundle of a language that has none of its own. */
    public static final String FALLBACK_LANGUAGE = "en";
    /** The languages with a built-in bundle. */
    public static final List<String> BUILT_IN_LANGUAGES = List.of("es", "en");

    private static final String BUILT_IN_FOLDER = "bmm-site-template/templates/";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

    private final String language;
    private final Map<String, String> texts;

    private Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    /** The built-in words of a language that has a bundle ({@link #BUILT_IN_LANGUAGES}). */
    public static Messages builtIn(String language) {
        return new Messages(language, read(language));
    }

    /**
     * The words of a site in {@code languageTag}: the bundle of its primary language, or the
     * English one (reported once) for a language without a bundle, with the project's overrides.
     *
     * @param languageTag a well-formed BCP 47 tag ({@code es}, {@code en-GB}, …)
     * @param projectTemplates the project's templates folder, which may hold {@code messages_<language>.properties}
     * @param settings where {@code bmm.language} is set, as diagnostics name it
     * @param display how diagnostics name a file
     */
    public static Messages load(String languageTag, Path projectTemplates, Path settings, Diagnostics diagnostics,
                                Function<Path, Path> display) {
        String primary = Locale.forLanguageTag(languageTag).getLanguage();
        String language = BUILT_IN_LANGUAGES.contains(primary) ? primary : FALLBACK_LANGUAGE;
        Map<String, String> texts = new TreeMap<>(read(language));
        Optional<Path> own = Optional.ofNullable(projectTemplates).map(dir -> dir.resolve(fileName(language)))
                .filter(Files::isRegularFile);
        if (!language.equals(primary)) {
            diagnostics.report(Problem.LANGUAGE_WITHOUT_MESSAGES, SourceLocation.of(settings), "the site language "
                    + languageTag + " has no built-in words (there are " + String.join(", ", BUILT_IN_LANGUAGES) + "), so pages show the English ones;"
                    + " translate them in " + fileName(language) + " in the templates folder");
        }
        own.ifPresent(file -> override(texts, file, diagnostics, display.apply(file)));
        return new Messages(language, texts);
    }

    /** The name of a language's messages file, built-in or in a project's templates folder. */
    public static String fileName(String language) {
        return "messages_" + language + ".properties";
    }

    /** The language of the bundle these words come from. */
    public String language() {
        return language;
    }

    /** Every message by key, sorted: what templates read as {@code data.messages}. */
    public Map<String, String> all() {
        return texts;
    }

    /**
     * The text of {@code key} with its arguments in place.
     *
     * @throws IllegalArgumentException for a key no bundle has: a defect the bundles test catches
     */
    public String text(String key, Object... arguments) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return arguments.length == 0 ? text : fill(text, arguments);
    }

    /** The name readers see of an ArchiMate element type ({@code Goal}). */
    public String elementType(String archimateName) {
        return text("elementType." + archimateName);
    }

    /**
     * The verb of a relationship type ({@code realization}) read from its source ("realiza") or,
     * backward, from its target ("es realizado por").
     */
    public String verb(String relationType, boolean forward) {
        return text("relation." + relationType + (forward ? ".forward" : ".backward"));
    }

    /** What {@link #verb} means in plain words: "contribuye a cumplir" for "realiza". */
    public String verbMeaning(String relationType, boolean forward) {
        return text("relation." + relationType + (forward ? ".forward" : ".backward") + ".meaning");
    }

    /** The {@code .one} or {@code .other} form of {@code key}, with the count as its {@code {0}}. */
    public String count(String key, long count) {
        return text(key + (count == 1 ? ".one" : ".other"), count);
    }

    /**
     * A text with its {@code {0}}, {@code {1}}, … replaced, in one pass, so that an argument that
     * itself holds "{1}" stays as written; {@code MessageFormat} would also read every apostrophe of
     * the texts as a quote.
     */
    public static String fill(String text, Object... arguments) {
        Matcher matcher = ARGUMENT.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            int index = matcher.group(1).charAt(0) - '0';
            String value = index < arguments.length ? String.valueOf(arguments[index]) : matcher.group();
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }

    private static Map<String, String> read(String language) {
        String resource = BUILT_IN_FOLDER + fileName(language);
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in messages " + resource + " are missing from the class path");
            }
            return properties(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in messages " + resource, e);
        }
    }

    /** A project's messages win; one the built-in bundle lacks is a key no template reads. */
    private static void override(Map<String, String> texts, Path file, Diagnostics diagnostics, Path shown) {
        String text;
        Map<String, String> own;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            own = properties(new StringReader(text));
        } catch (IOException e) {
            diagnostics.report(Problem.UNREADABLE_FILE, SourceLocation.of(shown),
                    "cannot read the messages (UTF-8): " + IoReason.of(e));
            return;
        } catch (IllegalArgumentException e) {
            diagnostics.report(Problem.UNREADABLE_FILE, SourceLocation.of(shown),
                    "the messages are not a properties file: " + e.getMessage());
            return;
        }
        List<String> lines = text.lines().toList();
        own.forEach((key, message) -> {
            if (texts.containsKey(key)) {
                texts.put(key, message);
            } else {
                diagnostics.report(Problem.MESSAGE_UNKNOWN, SourceLocation.of(shown, lineOf(key, lines)),
                        "no page shows a message '" + key + "', so this line changes nothing; the keys are those of "
                                + file.getFileName() + " in the built-in templates (see the languages guide)");
            }
        });
    }

    private static Map<String, String> properties(Reader reader) throws IOException {
        try (reader) {
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        }
    }

    /**
     * The line that sets {@code key}: {@link Properties} keeps no lines, and a key written with
     * escapes (rare in message keys) is simply reported without one.
     */
    private static int lineOf(String key, List<String> lines) {
        Pattern setting = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*[=:\\s].*|\\s*" + Pattern.quote(key));
        for (int i = 0; i < lines.size(); i++) {
            if (setting.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 0;
    }
}
