package io.github.bmmsite.bake;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What to bake and how: everything a bake depends on besides the files it reads.
 *
 * @param projectDir diagnostics name files relative to it
 * @param buildDir the build's own folder ({@code target/}): an output folder inside it may be
 *     replaced whatever it holds
 * @param language the site language; empty to take the documents' {@code lang} (or Spanish)
 * @param baseUrl the address the site is published at, for absolute URLs (sitemap)
 * @param encoding the encoding of documents and model files
 * @param variables values for {@code $NAME} placeholders
 * @param config extra values for templates, read as {@code config.*}
 * @param cache whether to reuse what the previous bake into the same output made (see
 *     {@code io.github.bmmsite.cache.IncrementalBake})
 */
public record BakeOptions(Path projectDir, Path buildDir, Path source, Path output, Path templates, Path assets,
                          boolean strict, Optional<String> language, Optional<String> baseUrl, Charset encoding,
                          Map<String, String> variables, Map<String, String> config, boolean cache) {

    public static final String DEFAULT_LANGUAGE = "es";

    public BakeOptions {
        language = language.map(String::strip).filter(l -> !l.isEmpty());
        baseUrl = baseUrl.map(String::strip).filter(u -> !u.isEmpty());
        variables = Map.copyOf(variables);
        config = Map.copyOf(config);
    }

    /** Options of an incremental bake. */
    public BakeOptions(Path projectDir, Path buildDir, Path source, Path output, Path templates, Path assets,
                       boolean strict, Optional<String> language, Optional<String> baseUrl, Charset encoding,
                       Map<String, String> variables, Map<String, String> config) {
        this(projectDir, buildDir, source, output, templates, assets, strict, language, baseUrl, encoding, variables,
                config, true);
    }
}
