package io.github.bmmsite.maven;

import io.github.bmmsite.bake.BakeFailedException;
import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.BakeResult;
import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Severity;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bakes the BMM site: reads the exported Markdown documents and model files of {@code source}
 * and writes a static website to {@code output}. Bound to the {@code site} phase, so that
 * {@code mvn site} bakes the site.
 */
@Mojo(name = "bake", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = true)
public class BakeMojo extends AbstractMojo {

    /** Folder of the exported documents ({@code *.md}) and model files ({@code *.model.yaml}). */
    @Parameter(property = "bmm.source", defaultValue = "${project.basedir}/src/bmm", required = true)
    private File source;

    /** Folder the site is written to. Replaced as a whole when the bake succeeds. */
    @Parameter(property = "bmm.output", defaultValue = "${project.reporting.outputDirectory}", required = true)
    private File output;

    /** Folder of templates that override the default template set by file name ({@code element.ftl}, …). */
    @Parameter(property = "bmm.templates", defaultValue = "${project.basedir}/src/site/templates")
    private File templates;

    /** Folder of files published under {@code assets/}, overriding the default assets by path. */
    @Parameter(property = "bmm.assets", defaultValue = "${project.basedir}/src/site/assets")
    private File assets;

    /** Treat warnings (missing images, unresolved placeholders, …) as errors: the build fails. */
    @Parameter(property = "bmm.strict", defaultValue = "false")
    private boolean strict;

    /**
     * Language of the site ({@code es}, {@code en}, …), written to {@code <html lang>}. When empty,
     * the documents' {@code lang} metadata is used, or Spanish.
     */
    @Parameter(property = "bmm.language")
    private String language;

    /** Address the site is published at (e.g. {@code https://owner.github.io/repo/}), for sitemap URLs. */
    @Parameter(property = "bmm.baseUrl")
    private String baseUrl;

    /** Encoding of the documents and model files; set it when the export does not write UTF-8 (e.g. ISO-8859-1). */
    @Parameter(property = "bmm.encoding", defaultValue = "UTF-8")
    private String encoding;

    /** Skip the bake. */
    @Parameter(property = "bmm.skip", defaultValue = "false")
    private boolean skip;

    /** Values of the {@code $NAME} placeholders the export leaves in documents, e.g. {@code <CLIENTE>…</CLIENTE>}. */
    @Parameter
    private Map<String, String> variables;

    /**
     * Settings for templates, read as {@code config.<name>}; {@code site_title} names the site.
     */
    @Parameter
    private Map<String, String> config;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        Log log = getLog();
        if (skip) {
            log.info("Skipping the BMM site (bmm.skip=true)");
            return;
        }
        BakeOptions options = new BakeOptions(projectDirectory.toPath(), buildDirectory.toPath(), source.toPath(),
                output.toPath(), templates == null ? null : templates.toPath(), assets == null ? null : assets.toPath(),
                strict, Optional.ofNullable(language), Optional.ofNullable(baseUrl), charset(),
                variables == null ? Map.of() : variables, config == null ? Map.of() : config);
        try {
            BakeResult result = new Baker(options).bake();
            print(result.diagnostics(), log);
            log.info("BMM site baked: " + result.pages() + " pages in " + output + " (" + result.filesChanged()
                    + " files written, " + result.filesUnchanged() + " unchanged)");
        } catch (BakeFailedException e) {
            print(e.diagnostics(), log);
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // Bad input is reported as diagnostics; anything else here is a defect of the plugin.
            log.debug("Internal error", e);
            throw new MojoExecutionException("internal error, please report it with the output of the build run"
                    + " with -X (" + e + ")");
        }
    }

    private Charset charset() throws MojoFailureException {
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("bmm.encoding: '" + encoding + "' is not an encoding this Java knows"
                    + " (for example UTF-8 or ISO-8859-1)");
        }
    }

    static void print(List<Diagnostic> diagnostics, Log log) {
        long errors = 0;
        long warnings = 0;
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == Severity.ERROR) {
                errors++;
                log.error(diagnostic.format());
            } else {
                warnings++;
                log.warn(diagnostic.format());
            }
        }
        if (!diagnostics.isEmpty()) {
            log.info(errors + " error(s), " + warnings + " warning(s)");
        }
    }
}
