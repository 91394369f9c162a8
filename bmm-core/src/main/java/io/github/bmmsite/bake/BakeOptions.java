package io.github.bmmsite.bake;

import io.github.bmmsite.cache.CacheInputs;
import io.github.bmmsite.engine.FreemarkerPageEngine;
import io.github.bmmsite.model.ArchitectureOptions;
import io.github.bmmsite.render.SiteRenderer;
import io.github.bmmsite.write.OutputPolicy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * @param pageSize how many entries a page of a list shows at most ({@code bmm.pageSize}): a group's
 *     members, the lists of every view, group, matrix and element, a view's elements in no group
 * @param outputTimestamp {@code project.build.outputTimestamp} as the POM writes it: the day of the build,
 *     which dates the pages of documents that have no {@code date}
 */
public record BakeOptions(Path projectDir, Path buildDir, Path source, Path output, Path templates, Path assets,
                          boolean strict, Optional<String> language, Optional<String> baseUrl, Charset encoding,
                          Map<String, String> variables, Map<String, String> config, Optional<Path> model,
                          String engine, boolean cache, OutputPolicy outputPolicy, ArchitectureOptions architecture,
                          int pageSize, Optional<String> outputTimestamp) {

    /** {@code bmm.pageSize} when it is not set. */
    public static final int DEFAULT_PAGE_SIZE = SiteRenderer.DEFAULT_PAGE_SIZE;

    public BakeOptions {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page lists at least one entry: " + pageSize);
        }
        language = language.map(String::strip).filter(l -> !l.isEmpty());
        baseUrl = baseUrl.map(String::strip).filter(u -> !u.isEmpty());
        variables = Map.copyOf(variables);
        config = Map.copyOf(config);
        engine = engine == null || engine.isBlank() ? FreemarkerPageEngine.NAME : engine.strip();
        outputPolicy = outputPolicy == null ? OutputPolicy.DEFAULT : outputPolicy;
        architecture = architecture == null ? ArchitectureOptions.DEFAULT : architecture;
        outputTimestamp = outputTimestamp.map(String::strip).filter(t -> !t.isEmpty());
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
        settings.add(String.valueOf(pageSize));
        settings.add(outputTimestamp.orElse("\0"));
        return new CacheInputs(output, Optional.ofNullable(buildDir), cache, projectDir, source, templates, assets,
                model, variables, settings);
    }

    /** Options to build from the defaults: no templates, assets or model, Spanish unless set, the built-in engine, the cache on. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        return new Builder().projectDir(projectDir).buildDir(buildDir).source(source).output(output).templates(templates)
                .assets(assets).strict(strict).language(language.orElse(null)).baseUrl(baseUrl.orElse(null))
                .encoding(encoding).variables(variables).config(config).model(model.orElse(null)).engine(engine)
                .cache(cache).outputPolicy(outputPolicy).architecture(architecture).pageSize(pageSize)
                .outputTimestamp(outputTimestamp.orElse(null));
    }

    /** Builds {@link BakeOptions}; {@code source} and {@code output} are required, the rest have defaults. */
    public static final class Builder {

        private Path projectDir = Path.of("");
        private Path buildDir;
        private Path source;
        private Path output;
        private Path templates;
        private Path assets;
        private boolean strict;
        private Optional<String> language = Optional.empty();
        private Optional<String> baseUrl = Optional.empty();
        private Charset encoding = StandardCharsets.UTF_8;
        private Map<String, String> variables = Map.of();
        private Map<String, String> config = Map.of();
        private Optional<Path> model = Optional.empty();
        private String engine = FreemarkerPageEngine.NAME;
        private boolean cache = true;
        private OutputPolicy outputPolicy = OutputPolicy.DEFAULT;
        private ArchitectureOptions architecture = ArchitectureOptions.DEFAULT;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private Optional<String> outputTimestamp = Optional.empty();

        private Builder() {
        }

        public Builder projectDir(Path folder) {
            this.projectDir = folder;
            return this;
        }

        /** The build's own folder ({@code target/}); none means no cache. */
        public Builder buildDir(Path folder) {
            this.buildDir = folder;
            return this;
        }

        public Builder source(Path folder) {
            this.source = folder;
            return this;
        }

        public Builder output(Path folder) {
            this.output = folder;
            return this;
        }

        /** Templates that override the default set; {@code null} for none. */
        public Builder templates(Path folder) {
            this.templates = folder;
            return this;
        }

        /** Assets that override the default ones; {@code null} for none. */
        public Builder assets(Path folder) {
            this.assets = folder;
            return this;
        }

        public Builder strict(boolean failOnWarnings) {
            this.strict = failOnWarnings;
            return this;
        }

        /** The site language; {@code null} to take the documents' {@code lang}. */
        public Builder language(String tag) {
            this.language = Optional.ofNullable(tag);
            return this;
        }

        /** The address the site is published at; {@code null} for none. */
        public Builder baseUrl(String address) {
            this.baseUrl = Optional.ofNullable(address);
            return this;
        }

        public Builder encoding(Charset charset) {
            this.encoding = charset;
            return this;
        }

        public Builder variables(Map<String, String> values) {
            this.variables = values;
            return this;
        }

        public Builder config(Map<String, String> values) {
            this.config = values;
            return this;
        }

        /** The architecture model; {@code null} for none. */
        public Builder model(Path architectureModel) {
            this.model = Optional.ofNullable(architectureModel);
            return this;
        }

        public Builder engine(String name) {
            this.engine = name;
            return this;
        }

        public Builder cache(boolean incremental) {
            this.cache = incremental;
            return this;
        }

        public Builder outputPolicy(OutputPolicy policy) {
            this.outputPolicy = policy;
            return this;
        }

        public Builder architecture(ArchitectureOptions options) {
            this.architecture = options;
            return this;
        }

        public Builder pageSize(int entries) {
            this.pageSize = entries;
            return this;
        }

        /** {@code project.build.outputTimestamp}; {@code null} for none. */
        public Builder outputTimestamp(String value) {
            this.outputTimestamp = Optional.ofNullable(value);
            return this;
        }

        public BakeOptions build() {
            if (source == null || output == null) {
                throw new IllegalStateException("a bake needs a source folder and an output folder");
            }
            return new BakeOptions(projectDir, buildDir, source, output, templates, assets, strict, language, baseUrl,
                    encoding, variables, config, model, engine, cache, outputPolicy, architecture, pageSize,
                    outputTimestamp);
        }
    }
}
