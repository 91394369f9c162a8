package io.github.bmmsite.jbake;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.Severity;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.engine.Page;
import io.github.bmmsite.engine.PageEngine;
import io.github.bmmsite.engine.TemplateEngine;
import io.github.bmmsite.write.OutputFile;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.JBakeException;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders the pages through JBake's own {@code Oven}: the pages are written as a JBake project
 * ({@link JBakeProject}), JBake crawls it into its content store, renders every document with its
 * template and writes the files; the files are then handed back to the pipeline, which writes the
 * site as it does for the built-in engine (staging, swap, nothing half-written).
 *
 * <p>JBake keeps its document types, model extractors and markup engines in static fields, and
 * its in-memory store in an OrientDB instance of the JVM, so two JBake bakes in one JVM (a parallel
 * multi-module build) would see each other's types: bakes run one at a time.
 */
final class JBakePageEngine implements PageEngine {

    /** Guards JBake's static state (document types, extractors), one bake at a time per JVM. */
    private static final Object JBAKE_STATE = new Object();

    /**
     * OrientDB, JBake's store, logs its start-up (memory limits, cache sizes) through
     * java.util.logging at INFO, straight to the console; only its errors belong in a build log.
     * Held here because java.util.logging keeps loggers, and so their levels, only while referenced.
     */
    private static final Logger ORIENTDB_LOG = quiet(Logger.getLogger("com.orientechnologies"));

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private final TemplateEngine freemarker;
    private final JBakeProject project;

    JBakePageEngine(TemplateEngine freemarker, Path workFolder) {
        this.freemarker = freemarker;
        this.project = new JBakeProject(workFolder);
    }

    @Override
    public boolean render(List<Page> pages, Map<String, Object> config, Record data,
                          Diagnostics diagnostics, Consumer<OutputFile> sink) {
        List<OutputFile> files = renderAll(pages, config, data, diagnostics);
        files.forEach(sink);
        return !files.isEmpty() || pages.isEmpty();
    }

    private List<OutputFile> renderAll(List<Page> pages, Map<String, Object> config, Record data,
                                       Diagnostics diagnostics) {
        try {
            project.write(pages, config, data);
        } catch (IOException e) {
            diagnostics.report(Problem.ENGINE_FAILED, SourceLocation.of(project.root()),
                    "cannot write the JBake project: " + e.getMessage());
            return List.of();
        }
        long errorsBefore = diagnostics.count(Severity.ERROR);
        List<String> errors = bake(diagnostics);
        if (diagnostics.count(Severity.ERROR) > errorsBefore) {
            // The templates' errors, already reported with their file and line.
            return List.of();
        }
        if (!errors.isEmpty()) {
            diagnostics.report(Problem.ENGINE_FAILED, SourceLocation.of(project.root()),
                    "JBake failed: " + String.join("; ", errors));
            return List.of();
        }
        return collect(pages, diagnostics);
    }

    /** Runs the oven; returns the errors it collected. */
    private List<String> bake(Diagnostics diagnostics) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JBake finds its renderers with ServiceLoader on the context class loader: make it the
        // one JBake was loaded by (a Maven plugin's realm, whatever thread runs the bake).
        thread.setContextClassLoader(Oven.class.getClassLoader());
        try {
            synchronized (JBAKE_STATE) {
                JBakeConfiguration configuration = new JBakeConfigurationFactory()
                        .setEncoding("UTF-8")
                        .createDefaultJbakeConfiguration(project.root().toFile(), project.output().toFile(), true);
                Oven oven = new Oven(utensils(configuration, diagnostics));
                oven.bake();
                List<String> errors = new ArrayList<>();
                oven.getErrors().forEach(error -> errors.add(String.valueOf(error.getMessage())));
                return errors;
            }
        } catch (JBakeException e) {
            return List.of(e.getMessage());
        } catch (RuntimeException e) {
            // JBake's crawler reports a file it cannot read as a bare RuntimeException, e.g. a data
            // file over the 3 Mi code points its YAML reader accepts (about 8,000 elements).
            if (String.valueOf(e.getMessage()).startsWith("Failed crawling file")) {
                return List.of(e.getMessage());
            }
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * JBake's default utensils, but with a store of this bake (JBake's factory shares one store per
     * JVM) and a renderer that renders BMM pages with {@link BmmTemplateEngine}.
     */
    private Utensils utensils(JBakeConfiguration configuration, Diagnostics diagnostics) {
        ContentStore store = new ContentStore(configuration.getDatabaseStore(), configuration.getDatabasePath());
        Utensils utensils = new Utensils();
        utensils.setConfiguration(configuration);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, configuration));
        utensils.setRenderer(new Renderer(store, configuration,
                new BmmTemplateEngine(store, configuration, freemarker, diagnostics)));
        utensils.setAsset(new Asset(configuration));
        return utensils;
    }

    /** The files JBake wrote, in the order of the pages. */
    private List<OutputFile> collect(List<Page> pages, Diagnostics diagnostics) {
        List<OutputFile> files = new ArrayList<>(pages.size());
        for (Page page : pages) {
            Path file = project.output().resolve(page.uri());
            try {
                files.add(new OutputFile.Bytes(page.uri(), Files.readAllBytes(file)));
            } catch (IOException e) {
                diagnostics.report(Problem.ENGINE_FAILED, SourceLocation.of(file),
                        "JBake did not write the page " + page.uri() + ": " + e.getMessage());
                return List.of();
            }
        }
        return files;
    }
}
