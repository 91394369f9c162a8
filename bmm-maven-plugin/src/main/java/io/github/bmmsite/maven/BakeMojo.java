package io.github.bmmsite.maven;

import io.github.bmmsite.bake.BakeFailedException;
import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.BakeResult;
import io.github.bmmsite.bake.Baker;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Bakes the BMM site: reads the exported Markdown documents and model files of {@code source}
 * and writes a static website to {@code output}. Bound to the {@code site} phase, so that
 * {@code mvn site} bakes the site.
 */
@Mojo(name = "bake", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = false)
public class BakeMojo extends AbstractBakeMojo {

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        Log log = getLog();
        if (skip) {
            log.info("Skipping the BMM site (bmm.skip=true)");
            return;
        }
        try {
            BakeOptions options = options();
            BakeResult result = new Baker(options).bake();
            print(result.diagnostics(), log);
            if (result.cache().upToDate()) {
                log.info("BMM site is up to date: " + result.pages() + " pages in " + options.output()
                        + " (nothing changed since the previous bake) " + result.timing());
            } else {
                log.info("Baked " + result.pages() + " pages into " + options.output() + " (" + result.filesChanged()
                        + " written, " + result.filesUnchanged() + " unchanged; " + result.cache().rendered()
                        + " rendered from templates, " + result.cache().reused() + " reused) " + result.timing());
            }
        } catch (BakeFailedException e) {
            print(e.diagnostics(), log);
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // Bad input is reported as diagnostics; anything else here is a defect of the plugin.
            log.debug("Internal error", e);
            throw new MojoExecutionException("internal error, please report it with the output of the build run"
                    + " with -X (" + e + ")", e);
        }
    }
}
