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
     * {@code false} bakes in Maven's JVM, which starts about half a second sooner.
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
            report = fork ? ForkedBake.bake(options) : BakeReport.of(options.output(), () -> new Baker(options).bake());
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
}
