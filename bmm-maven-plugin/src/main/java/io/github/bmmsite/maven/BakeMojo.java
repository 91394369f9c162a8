package io.github.bmmsite.maven;

import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.BakeReport;
import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.bake.ForkedBake;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Bakes the BMM site: reads the exported Markdown documents and model files of {@code source}
 * and writes a static website to {@code output}. Bound to the {@code site} phase, so that
 * {@code mvn site} bakes the site.
 */
@Mojo(name = "bake", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = false)
public class BakeMojo extends AbstractBakeMojo {

    /**
     * Bake in a JVM of its own, started with Maven's Java and at most Maven's heap limit
     * ({@code MAVEN_OPTS=-Xmx…}), which takes about half the memory a bake in Maven's own JVM does;
     * {@code false} bakes in Maven's JVM, which saves starting one.
     */
    @Parameter(property = "bmm.fork", defaultValue = "true")
    boolean fork;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        Log log = getLog();
        if (skip) {
            log.info("Skipping the BMM site (bmm.skip=true)");
            return;
        }
        BakeReport report;
        try {
            BakeOptions options = options();
            report = fork ? ForkedBake.bake(options, bakeClasspath()) : BakeReport.of(options.output(), () -> new Baker(options).bake());
        } catch (RuntimeException | StackOverflowError e) {
            // Bad input is reported as diagnostics; anything else here is a defect of the plugin.
            log.debug("Internal error", e);
            throw new MojoExecutionException(BakeReport.internalError(e), e);
        }
        print(report.lines(), log);
        switch (report.outcome()) {
            case FAILED -> throw new MojoFailureException(report.message());
            case CRASHED -> throw new MojoExecutionException(report.message());
            case BAKED -> { }
        }
    }

    /**
     * The plugin's classes as Maven loaded them (or the JVM's class path, when Maven did not), and the
     * SLF4J API, which Maven lends its plugins instead of putting it in their class path.
     */
    private static String bakeClasspath() {
        ClassLoader loader = BakeMojo.class.getClassLoader();
        Set<String> entries = new LinkedHashSet<>();
        if (loader instanceof URLClassLoader plugin) {
            Arrays.stream(plugin.getURLs()).map(BakeMojo::file).forEach(entries::add);
        } else {
            entries.addAll(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        }
        try {
            Optional.ofNullable(Class.forName("org.slf4j.LoggerFactory", false, loader).getProtectionDomain()
                    .getCodeSource()).map(source -> file(source.getLocation())).ifPresent(entries::add);
        } catch (ClassNotFoundException e) {
            // Without SLF4J, nothing the bake runs logs through it.
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String file(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a class path entry that is not a file: " + url, e);
        }
    }
}
