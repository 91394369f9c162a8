package io.github.bmmsite.bake;

import io.github.bmmsite.archimate.ArchimateModel;
import io.github.bmmsite.archimate.ArchimateReader;
import io.github.bmmsite.cache.CacheReport;
import io.github.bmmsite.cache.IncrementalBake;
import io.github.bmmsite.cache.PreviousBake;
import io.github.bmmsite.diagnostic.IoReason;
import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.Severity;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.index.HostingFiles;
import io.github.bmmsite.index.IndexPages;
import io.github.bmmsite.index.OpenData;
import io.github.bmmsite.index.SearchIndex;
import io.github.bmmsite.link.ImageTarget;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.ReferenceResolver;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.ArchitectureOptions;
import io.github.bmmsite.model.ModelAssembler;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.parse.MarkdownParser;
import io.github.bmmsite.parse.ParsedDocument;
import io.github.bmmsite.render.SiteDates;
import io.github.bmmsite.render.SitePages;
import io.github.bmmsite.render.SiteRenderer;
import io.github.bmmsite.render.ViewThumbnails;
import io.github.bmmsite.engine.Page;
import io.github.bmmsite.engine.PageEngine;
import io.github.bmmsite.engine.PageEngineProvider;
import io.github.bmmsite.engine.PageEngines;
import io.github.bmmsite.engine.TemplateSet;
import io.github.bmmsite.source.MetadataBlocks;
import io.github.bmmsite.source.ModelFile;
import io.github.bmmsite.source.ModelFileReader;
import io.github.bmmsite.source.Placeholders;
import io.github.bmmsite.source.SourceDocument;
import io.github.bmmsite.source.SourceFolder;
import io.github.bmmsite.source.TextFileReader;
import io.github.bmmsite.write.OutputFile;
import io.github.bmmsite.write.OutputPolicy;
import io.github.bmmsite.write.SiteWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * One bake, stage after stage: read the source folder, parse, assemble the model, resolve
 * references, render, write. Problems are collected as diagnostics; the site is only written
 * when no stage found an error (nor a warning, in strict mode).
 *
 * <p>A stage that found an error does not feed the next one: what it could not read or parse
 * (a missing model, a document in the wrong encoding) would otherwise come back as knock-on
 * errors of later stages, one for every element or view that needed it. Every problem of the
 * failing stage is reported, for all files at once.
 */
public final class Baker {

    private final BakeOptions options;
    private final Diagnostics diagnostics = new Diagnostics();
    private final TextFileReader reader;

    public Baker(BakeOptions options) {
        this.options = options;
        this.reader = new TextFileReader(options.projectDir(), options.encoding());
    }

    public BakeResult bake() throws BakeFailedException {
        StageClock clock = new StageClock();
        OutputPolicy outputPolicy = outputPolicy();
        PageEngineProvider engineProvider = engineProvider();
        checkAddressSettings();
        Optional<LocalDate> buildDay = buildDay();
        Messages messages = messages();
        IncrementalBake cache = IncrementalBake.open(options.cacheInputs());
        Optional<PreviousBake> upToDate = cache.upToDate();
        clock.lap("cache");
        if (upToDate.isPresent()) {
            PreviousBake previous = upToDate.get();
            return new BakeResult(previous.diagnostics(), previous.pages(), 0, previous.files(),
                    new CacheReport(true, List.of(), previous.cachedPages(), 0, 0), clock.profile());
        }
        Assembled assembled = assemble(clock, buildDay);
        Links links = assembled.links();
        String language = assembled.language();

        try (SiteWriter writer = SiteWriter.open(options.output(), outputPolicy)) {
            Output output = new Output(writer);
            TemplateSet templates = new TemplateSet(options.templates(), options.assets());
            Map<String, Object> config = config(links, language, messages, assembled.titlePage());
            SiteRenderer renderer = new SiteRenderer(engine(engineProvider, templates, language, cache), diagnostics,
                    cache.fragments(), messages, options.pageSize());
            SitePages site = renderer.pages(links, config, assembled.dates());
            clock.lap("render");

            List<Page> indexPages = index(site, links, messages, output);
            output.rethrow();
            clock.lap("index");

            boolean rendered = renderer.render(site, indexPages, config, output::stage);
            output.rethrow();
            stopOnErrors();
            stopOnWarningsIfStrict();
            if (!rendered) {
                throw new IllegalStateException("a template failed without a diagnostic");
            }
            clock.lap("render");

            for (ImageTarget.Local image : links.localImages()) {
                output.stage(new OutputFile.Copy(image.sitePath(), image.file()));
            }
            for (OutputFile asset : templates.assets()) {
                output.stage(asset);
            }
            output.rethrow();
            cache.invalidate();
            SiteWriter.Report report = writer.commit();
            CacheReport reused = save(cache, output.pages());
            clock.lap("write");
            return new BakeResult(diagnostics.all(), output.pages(), report.changed(), report.unchanged(), reused,
                    clock.profile());
        } catch (IOException | SiteWriter.OutputException e) {
            diagnostics.report(Problem.OUTPUT_FAILED, SourceLocation.of(display(options.output())), e.getMessage());
            throw failure();
        }
    }

    /** What the bake reads from the sources, linked, and what the pages need to know about them. */
    private record Assembled(Links links, String language, TitlePage titlePage, SiteDates dates) {
    }

    /**
     * Reads, parses, assembles and links the sources. A method of its own, so that what the model is
     * made from (the files' text and syntax trees, the model files) is garbage once the pages render.
     */
    private Assembled assemble(StageClock clock, Optional<LocalDate> buildDay) throws BakeFailedException {
        SourceFolder folder = scan();
        List<SourceDocument> read = folder.documents().parallelStream()
                .flatMap(path -> reader.read(path, diagnostics).stream())
                .map(file -> MetadataBlocks.extract(file, diagnostics))
                .filter(this::hasTextOrMetadata)
                .toList();
        List<SourceDocument> sources = read.stream().filter(document -> !document.markdown().isBlank()).toList();
        List<ModelFile> modelFiles = folder.modelFiles().parallelStream()
                .flatMap(path -> reader.read(path, diagnostics).stream())
                .flatMap(file -> ModelFileReader.read(file, diagnostics).stream())
                .toList();
        Optional<ArchimateModel> architecture = options.model()
                .flatMap(path -> ArchimateReader.read(path, this::display, diagnostics));
        stopOnErrors();
        clock.lap("read");

        MarkdownParser parser = architecture.map(model -> new MarkdownParser(id -> model.view(id).isPresent()))
                .orElseGet(MarkdownParser::new);
        List<ParsedDocument> documents = sources.parallelStream()
                .flatMap(document -> parser.parse(document, diagnostics).stream())
                .toList();
        stopOnErrors();
        clock.lap("parse");

        Placeholders placeholders = new Placeholders(options.variables());
        List<SourceDocument> titlePages = read.stream().filter(document -> document.markdown().isBlank()).toList();
        TitlePage titlePage = TitlePage.of(titlePages, placeholders);
        SiteModel model = new ModelAssembler(diagnostics, placeholders).assemble(documents, modelFiles, architecture,
                options.architecture());
        String language = language(documents);
        SiteDates dates = SiteDates.of(model, titlePages, buildDay, placeholders, Locale.forLanguageTag(language),
                SourceLocation.of(pom()), diagnostics);
        stopOnErrors();
        clock.lap("model");

        Links links = new ReferenceResolver(options.source(), placeholders, diagnostics).resolve(model);
        if (options.baseUrl().isEmpty()) {
            diagnostics.report(Problem.BASE_URL_MISSING, SourceLocation.of(display(options.output()
                    .resolve(SitePaths.SITEMAP))), "bmm.baseUrl is not set, so sitemap.xml lists relative addresses"
                    + " that search engines ignore; set it to the address the site is published at");
        }
        stopOnErrors();
        clock.lap("link");
        return new Assembled(links, language, titlePage, dates);
    }

    /**
     * Stages the search data, open data, thumbnails and hosting files, and gives the pages made from
     * them, one after the other and in a method of its own, so that what each is made from is garbage
     * before the next: open data's rows of 50,000 elements alone take 170 MB.
     */
    private List<Page> index(SitePages site, Links links, Messages messages, Output output) {
        SearchIndex.files(site, links, messages).forEach(output::stage);
        OpenData openData = OpenData.of(links, options.baseUrl(), messages);
        List<Page> indexPages = IndexPages.of(site, openData, options.baseUrl(), messages);
        openData.files().forEach(output::stage);
        ViewThumbnails.files(links.model()).forEach(output::stage);
        HostingFiles.files(options.baseUrl()).forEach(output::stage);
        return indexPages;
    }

    /**
     * Refuses, before anything is read, an output folder the bake must not replace. One inside the
     * build directory is build output: the bake replaces it whatever it holds, but for what it keeps.
     */
    private OutputPolicy outputPolicy() throws BakeFailedException {
        boolean buildOutput = options.buildDir() != null && options.output().toAbsolutePath().normalize()
                .startsWith(options.buildDir().toAbsolutePath().normalize());
        OutputPolicy policy = buildOutput ? options.outputPolicy().cleaning() : options.outputPolicy();
        Optional<String> refusal = ProtectedFolders.overlap(options, this::display);
        if (refusal.isEmpty()) {
            try {
                SiteWriter.checkOwnership(options.output(), policy);
                return policy;
            } catch (SiteWriter.OutputException e) {
                refusal = Optional.of(e.getMessage());
            }
        }
        diagnostics.report(Problem.OUTPUT_FAILED, SourceLocation.of(display(options.output())), refusal.get());
        throw failure();
    }

    /** Reported after the site is written: the cache never fails a bake, not even in strict mode. */
    private CacheReport save(IncrementalBake cache, int pages) {
        CacheReport report;
        try {
            report = cache.save(diagnostics.all(), pages);
        } catch (IOException e) {
            report = cache.report();
            if (cache.damage().isEmpty()) {
                diagnostics.report(Problem.CACHE_UNUSABLE, SourceLocation.of(display(options.buildDir())),
                        "the site was baked, but what the next bake could reuse cannot be saved (" + IoReason.of(e)
                                + "); the next bake renders every page");
            }
        }
        cache.damage().ifPresent(damage -> diagnostics.report(Problem.CACHE_UNUSABLE,
                SourceLocation.of(display(damage.file())), "the cache of the previous bake is damaged ("
                        + damage.getMessage() + "), so this bake did not use it; if this comes back, delete "
                        + display(options.buildDir().resolve("bmm-cache")) + " (or run mvn clean)"));
        return report;
    }

    /**
     * Stages files from the rendering threads; the first failure to write is kept and thrown on
     * the bake's own thread, after which nothing more is written.
     */
    private static final class Output {
        private final SiteWriter writer;
        private final AtomicInteger pages = new AtomicInteger();
        private final AtomicReference<SiteWriter.OutputException> failure = new AtomicReference<>();

        Output(SiteWriter writer) {
            this.writer = writer;
        }

        void stage(OutputFile file) {
            if (failure.get() != null) {
                return;
            }
            try {
                writer.stage(file);
                if (file.sitePath().endsWith(".html")) {
                    pages.incrementAndGet();
                }
            } catch (SiteWriter.OutputException e) {
                failure.compareAndSet(null, e);
            }
        }

        void rethrow() throws SiteWriter.OutputException {
            if (failure.get() != null) {
                throw failure.get();
            }
        }

        int pages() {
            return pages.get();
        }
    }

    /** An empty document is reported; one that holds only metadata is a title page, which makes no page. */
    private boolean hasTextOrMetadata(SourceDocument document) {
        if (document.markdown().isBlank() && document.metadata().values().isEmpty()) {
            diagnostics.report(Problem.EMPTY_DOCUMENT, SourceLocation.of(document.file().displayPath()),
                    "the document is empty; it makes no page");
            return false;
        }
        return true;
    }

    private SourceFolder scan() throws BakeFailedException {
        Path source = options.source();
        if (!Files.isDirectory(source)) {
            diagnostics.report(Problem.SOURCE_FOLDER_MISSING, SourceLocation.of(display(source)),
                    "the source folder does not exist; set bmm.source to the folder of the exported documents");
            throw failure();
        }
        try {
            SourceFolder folder = SourceFolder.scan(source);
            for (Path link : folder.linksOutside()) {
                diagnostics.report(Problem.LINK_OUTSIDE_SOURCE, SourceLocation.of(display(link)),
                        "this is a link to a file outside the source folder, so it is not read; copy the file instead");
            }
            for (SourceFolder.Unreadable entry : folder.unreadable()) {
                diagnostics.report(Problem.UNREADABLE_ENTRY, SourceLocation.of(display(entry.entry())),
                        "this entry of the source folder is not read: " + entry.why());
            }
            if (folder.documents().isEmpty() && !viewsFromTheModelAlone()) {
                diagnostics.report(Problem.NO_DOCUMENTS, SourceLocation.of(display(source)),
                        "the source folder holds no Markdown documents (*.md)");
            }
            return folder;
        } catch (IOException e) {
            diagnostics.report(Problem.UNREADABLE_FILE, SourceLocation.of(display(source)),
                    "cannot list the source folder: " + IoReason.of(e));
            throw failure();
        }
    }

    /** A site of an architecture model's views needs no document. */
    private boolean viewsFromTheModelAlone() {
        return options.model().isPresent() && options.architecture().views() == ArchitectureOptions.Views.ALL;
    }

    /**
     * The configured language wins, whatever the documents declare (the export writes
     * {@code lang: en} on Spanish text). Without configuration, the first document that declares a
     * language sets it, a document that declares another one is reported once, and Spanish is the
     * default.
     */
    private String language(List<ParsedDocument> documents) {
        Map<ParsedDocument, String> declared = declaredLanguages(documents);
        if (options.language().isPresent()) {
            return options.language().get();
        }
        String site = declared.values().stream().findFirst().orElse(Messages.DEFAULT_LANGUAGE);
        declared.forEach((document, lang) -> {
            if (!primary(lang).equals(primary(site))) {
                diagnostics.report(Problem.LANGUAGE_MISMATCH, langLocation(document), "the document declares lang: "
                        + lang + " but the site language is " + site + "; pages use " + site
                        + " (fix 'lang' in the document, or set bmm.language)");
            }
        });
        return site;
    }

    /**
     * The {@code lang} of each document that declares one. A value that is no language tag would
     * be written into {@code <html lang>}: it is reported and left out.
     */
    private Map<ParsedDocument, String> declaredLanguages(List<ParsedDocument> documents) {
        Map<ParsedDocument, String> declared = new LinkedHashMap<>();
        for (ParsedDocument document : documents) {
            document.source().metadata().text("lang").ifPresent(lang -> {
                try {
                    new Locale.Builder().setLanguageTag(lang);
                    declared.put(document, lang);
                } catch (IllformedLocaleException e) {
                    diagnostics.report(Problem.LANGUAGE_TAG_INVALID, langLocation(document), "lang: '" + lang
                            + "' is not a language tag (BCP 47, such as es or es-CO), so it is ignored;"
                            + " pages use the site language");
                }
            });
        }
        return declared;
    }

    private static SourceLocation langLocation(ParsedDocument document) {
        return SourceLocation.of(document.source().file().displayPath(), document.source().metadata().line("lang"));
    }

    private static String primary(String languageTag) {
        return Locale.forLanguageTag(languageTag.replace('_', '-')).getLanguage();
    }

    /** The engine {@code bmm.engine} names, looked for where this class was loaded from (the plugin's realm). */
    private PageEngineProvider engineProvider() throws BakeFailedException {
        PageEngines engines = new PageEngines(Baker.class.getClassLoader());
        Optional<PageEngineProvider> provider = engines.find(options.engine());
        if (provider.isEmpty()) {
            diagnostics.report(Problem.ENGINE_UNAVAILABLE, SourceLocation.of(display(options.projectDir().resolve("pom.xml"))),
                    engines.whyMissing(options.engine()));
            throw failure();
        }
        return provider.get();
    }

    /** The day of {@code project.build.outputTimestamp}, which dates what the documents do not. */
    private Optional<LocalDate> buildDay() throws BakeFailedException {
        try {
            return BuildTimestamp.day(options.outputTimestamp());
        } catch (BuildTimestamp.Malformed e) {
            diagnostics.report(Problem.OUTPUT_TIMESTAMP_INVALID, SourceLocation.of(pom()), e.getMessage());
            throw failure();
        }
    }

    private Path pom() {
        return display(options.projectDir().resolve("pom.xml"));
    }

    private void checkAddressSettings() throws BakeFailedException {
        for (String problem : AddressSettings.problems(options.baseUrl(), options.config())) {
            diagnostics.report(Problem.ADDRESS_SETTING_REFUSED, SourceLocation.of(display(options.projectDir()
                    .resolve("pom.xml"))), problem);
        }
        stopOnErrors();
        checkLogo();
    }

    /** The entity's logo is a file the site publishes: one of the project's assets, or a built-in one. */
    private void checkLogo() throws BakeFailedException {
        String logo = options.config().getOrDefault(AddressSettings.LOGO, "").strip();
        if (logo.isEmpty()) {
            return;
        }
        String sitePath = "assets/" + String.join("/", Stream.of(logo.split("[/\\\\]"))
                .filter(segment -> !segment.isEmpty() && !segment.equals(".")).toList());
        try {
            if (new TemplateSet(options.templates(), options.assets()).assets().stream()
                    .noneMatch(asset -> asset.sitePath().equals(sitePath))) {
                diagnostics.report(Problem.ADDRESS_SETTING_REFUSED, SourceLocation.of(pom()), "config."
                        + AddressSettings.LOGO + " is '" + logo + "', which names no file of the assets; put the logo"
                        + " in the project's assets folder (bmm.assets) under that path");
            }
        } catch (IOException e) {
            // The assets are read again to be written, and a failure there is reported with the output's.
        }
        stopOnErrors();
    }

    /**
     * The words of the site: those of {@code bmm.language}, Spanish when it is not set. The documents'
     * {@code lang} does not choose them: the export writes {@code lang: en} on Spanish text.
     */
    private Messages messages() throws BakeFailedException {
        String language = options.language().orElse(Messages.DEFAULT_LANGUAGE);
        Path pom = display(options.projectDir().resolve("pom.xml"));
        try {
            new Locale.Builder().setLanguageTag(language);
        } catch (IllformedLocaleException e) {
            diagnostics.report(Problem.LANGUAGE_SETTING_INVALID, SourceLocation.of(pom), "bmm.language is '"
                    + language + "', which is not a language tag (BCP 47, such as es, en or es-CO)");
            throw failure();
        }
        return Messages.load(language, options.templates(), pom, diagnostics, this::display);
    }

    /** What templates read as {@code config}: the site's title, description, language and address, and the settings. */
    private Map<String, Object> config(Links links, String language, Messages messages, TitlePage titlePage) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("site_title", titlePage.title().orElseGet(() -> links.model().views().isEmpty()
                ? messages.text("page.defaultSiteTitle") : Placeholders.plain(links.model().views().get(0).title())));
        titlePage.subtitle().ifPresent(subtitle -> config.put("site_description", subtitle));
        config.put("site_language", language);
        config.put("site_host", options.baseUrl().orElse(""));
        config.putAll(options.config());
        return config;
    }

    /** The engine {@code bmm.engine} names, set up for this bake. */
    private PageEngine engine(PageEngineProvider engineProvider, TemplateSet templates, String language,
                              IncrementalBake cache) throws BakeFailedException {
        try {
            return engineProvider.create(templates, Locale.forLanguageTag(language),
                    options.buildDir().resolve("bmm-" + engineProvider.name()), cache.pages());
        } catch (IOException e) {
            diagnostics.report(Problem.TEMPLATE_ERROR, SourceLocation.of(display(options.templates())),
                    "cannot read the templates: " + IoReason.of(e));
            throw failure();
        }
    }

    private void stopOnErrors() throws BakeFailedException {
        if (diagnostics.hasErrors()) {
            throw failure();
        }
    }

    private void stopOnWarningsIfStrict() throws BakeFailedException {
        if (options.strict() && diagnostics.count(Severity.WARNING) > 0) {
            throw failure();
        }
    }

    /** The failure of this bake, listing errors first, then (in strict mode) warnings, each in reading order. */
    private BakeFailedException failure() {
        List<Diagnostic> all = diagnostics.all();
        long errors = diagnostics.count(Severity.ERROR);
        long warnings = diagnostics.count(Severity.WARNING);
        String counts = errors > 0
                ? "the site was not baked: " + errors + " error(s), " + warnings + " warning(s)"
                : "the site was not baked: " + warnings + " warning(s) in strict mode (bmm.strict=true)";
        List<Diagnostic> failing = all.stream().filter(d -> d.severity() == Severity.ERROR
                        || options.strict() && d.severity() == Severity.WARNING)
                .sorted(Comparator.comparing(Diagnostic::severity).reversed())
                .toList();
        return new BakeFailedException(counts + "; " + whatBecameOfTheOutput(), failing, all);
    }

    /** A failed bake writes nothing; what that leaves in place depends on what was there. */
    private String whatBecameOfTheOutput() {
        Path output = options.output();
        if (SiteWriter.holdsBakedSite(output)) {
            return "the previous site in " + display(output) + " is unchanged";
        }
        try (Stream<Path> entries = Files.list(output)) {
            if (entries.findAny().isPresent()) {
                return "nothing was written; " + display(output) + " is as it was";
            }
        } catch (IOException e) {
            // Missing or unreadable: either way there is nothing there to speak of.
        }
        return "nothing was written";
    }

    private Path display(Path path) {
        Path shown = reader.displayPath(path);
        return shown.toString().isEmpty() ? Path.of(".") : shown;
    }
}
