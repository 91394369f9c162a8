package io.github.bmmsite.bake;

import io.github.bmmsite.cache.CacheInputs;
import io.github.bmmsite.engine.FreemarkerPageEngine;
import io.github.bmmsite.model.ArchitectureOptions;
import io.github.bmmsite.write.OutputPolicy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

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
 * @param model the architecture model ({@code bmm.model}): an Archi file, an exchange file, or a
 *     folder (collaboration layout, or holding one such file)
 * @param engine the engine that renders the pages ({@code freemarker}, {@code jbake}, …)
 * @param cache whether to reuse what the previous bake into the same output made (see
 *     {@code io.github.bmmsite.bake.IncrementalBake})
 * @param outputPolicy what the bake may replace in the output folder, and what it keeps there
 * @param architecture which views of the model get pages ({@code bmm.views}) and which of its properties
 *     are hidden ({@code bmm.hiddenProperties})
 */
public record BakeOptions(Path projectDir, Path buildDir, Path source, Path output, Path templates, Path assets,
                          boolean strict, Optional<String> language, Optional<String> baseUrl, Charset encoding,
                          Map<String, String> variables, Map<String, String> config, Optional<Path> model,
                          String engine, boolean cache, OutputPolicy outputPolicy, ArchitectureOptions architecture) {

    public static final String DEFAULT_LANGUAGE = "es";

    /** Options that replace only what a bake wrote in the output folder. */
    public BakeOptions(Path projectDir, Path buildDir, Path source, Path output, Path templates, Path assets,
                       boolean strict, Optional<String> language, Optional<String> baseUrl, Charset encoding,
                       Map<String, String> variables, Map<String, String> config, Optional<Path> model,
                       String engine, boolean cache) {
        this(projectDir, buildDir, source, output, templates, assets, strict, language, baseUrl, encoding, variables,
                config, model, engine, cache, OutputPolicy.DEFAULT, ArchitectureOptions.DEFAULT);
    }

    /** Options of an incremental bake without an architecture model, rendered by the built-in engine. */
    public BakeOptions(Path projectDir, Path buildDir, Path source, Path output, Path templates, Path assets,
                       boolean strict, Optional<String> language, Optional<String> baseUrl, Charset encoding,
                       Map<String, String> variables, Map<String, String> config) {
        this(projectDir, buildDir, source, output, templates, assets, strict, language, baseUrl, encoding, variables,
                config, Optional.empty(), FreemarkerPageEngine.NAME, true);
    }

    public BakeOptions {
        language = language.map(String::strip).filter(l -> !l.isEmpty());
        baseUrl = baseUrl.map(String::strip).filter(u -> !u.isEmpty());
        variables = Map.copyOf(variables);
        config = Map.copyOf(config);
        engine = engine == null || engine.isBlank() ? FreemarkerPageEngine.NAME : engine.strip();
        outputPolicy = outputPolicy == null ? OutputPolicy.DEFAULT : outputPolicy;
        architecture = architecture == null ? ArchitectureOptions.DEFAULT : architecture;
    }

    /** The same options with {@code architectureModel} as the architecture model. */
    public BakeOptions withModel(Path architectureModel) {
        return new BakeOptions(projectDir, buildDir, source, output, templates, assets, strict, language, baseUrl,
                encoding, variables, config, Optional.of(architectureModel), engine, cache, outputPolicy, architecture);
    }

    /** The same options rendered by another engine. */
    public BakeOptions withEngine(String engineName) {
        return new BakeOptions(projectDir, buildDir, source, output, templates, assets, strict, language, baseUrl,
                encoding, variables, config, model, engineName, cache, outputPolicy, architecture);
    }

    /** The same options with the incremental bake on or off. */
    public BakeOptions withCache(boolean incremental) {
        return new BakeOptions(projectDir, buildDir, source, output, templates, assets, strict, language, baseUrl,
                encoding, variables, config, model, engine, incremental, outputPolicy, architecture);
    }

    /** The same options with another policy for the output folder. */
    public BakeOptions withOutputPolicy(OutputPolicy policy) {
        return new BakeOptions(projectDir, buildDir, source, output, templates, assets, strict, language, baseUrl,
                encoding, variables, config, model, engine, cache, policy, architecture);
    }

    /** The same options with other choices of views and hidden properties. */
    public BakeOptions withArchitecture(ArchitectureOptions options) {
        return new BakeOptions(projectDir, buildDir, source, output, templates, assets, strict, language, baseUrl,
                encoding, variables, config, model, engine, cache, outputPolicy, options);
    }

    /** What the incremental bake fingerprints: every option, and the folders whose files it hashes. */
    public CacheInputs cacheInputs() {
        List<String> settings = new ArrayList<>(List.of(strict ? "strict" : "lenient", language.orElse("\0"),
                baseUrl.orElse("\0"), encoding.name(), engine));
        settings.add(String.valueOf(config.size()));
        new TreeMap<>(config).forEach((name, value) -> settings.addAll(List.of(name, value)));
        // What the bake keeps in the output folder: a bake with other rules is not the same bake.
        settings.add(outputPolicy.cleanOutput() ? "clean" : "keep");
        settings.add(String.valueOf(outputPolicy.keep().size()));
        settings.addAll(outputPolicy.keep());
        settings.add(architecture.views().name());
        settings.add(String.valueOf(architecture.hiddenProperties().size()));
        settings.addAll(new TreeSet<>(architecture.hiddenProperties()));
        return new CacheInputs(output, Optional.ofNullable(buildDir), cache, projectDir, source, templates, assets,
                model, variables, settings);
    }
}
