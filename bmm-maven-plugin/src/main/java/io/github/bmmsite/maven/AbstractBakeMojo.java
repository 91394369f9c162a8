package io.github.bmmsite.maven;

import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.BakeReport;
import io.github.bmmsite.model.ArchitectureOptions;
import io.github.bmmsite.write.OutputPolicy;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parameters of a bake, shared by {@code bmm:bake} and {@code bmm:serve}. */
abstract class AbstractBakeMojo extends AbstractMojo {

    /** Folder of the exported documents ({@code *.md}) and model files ({@code *.model.yaml}). */
    @Parameter(property = "bmm.source", defaultValue = "${basedir}/src/bmm", required = true)
    File source;

    /**
     * Folder the site is written to, replaced in one step when the bake succeeds. A folder that is not
     * empty is replaced only if a bake wrote it (it holds {@code .bmm-site}), or with {@code cleanOutput};
     * what the previous bake did not write is kept. Default: the project's reporting folder
     * ({@code target/site}), or {@code target/site} of the current folder when Maven runs without a project.
     */
    @Parameter(property = "bmm.output")
    File output;

    /**
     * Let the bake replace an output folder that no bake wrote, and remove from it everything the
     * previous bake did not write, except {@code .git}, {@code CNAME}, {@code .nojekyll} and what
     * {@code keep} lists. Always so for a folder inside the build directory.
     */
    @Parameter(property = "bmm.cleanOutput", defaultValue = "false")
    boolean cleanOutput;

    /**
     * Entries of the output folder that every bake keeps, as names, relative paths or globs
     * ({@code CNAME,.well-known/**}); they win over a file of the site with the same path.
     */
    @Parameter(property = "bmm.keep")
    List<String> keep;

    /** Folder of templates that override the default template set by file name ({@code element.ftl}, …). */
    @Parameter(property = "bmm.templates", defaultValue = "${basedir}/src/site/templates")
    File templates;

    /** Folder of files published under {@code assets/}, overriding the default assets by path. */
    @Parameter(property = "bmm.assets", defaultValue = "${basedir}/src/site/assets")
    File assets;

    /** Treat warnings (missing images, unresolved placeholders, …) as errors: the build fails. */
    @Parameter(property = "bmm.strict", defaultValue = "false")
    boolean strict;

    /**
     * Language of the site, a BCP 47 tag ({@code es}, {@code en}, {@code es-CO}, …; another value is an
     * error, BMM017), written to {@code <html lang>}; its language chooses the words of the pages (Spanish
     * or English; a language without words of its own gets the English ones, BMM018) and the rules of the
     * search. When empty, the words are Spanish and {@code <html lang>} is the documents' {@code lang}
     * metadata, or {@code es}.
     */
    @Parameter(property = "bmm.language")
    String language;

    /**
     * Address the site is published at (e.g. {@code https://owner.github.io/repo/}), for the absolute
     * addresses of {@code sitemap.xml}, {@code robots.txt} and {@code 404.html}; unset is a warning (BMM041),
     * a scheme other than {@code http} or {@code https} an error (BMM043).
     */
    @Parameter(property = "bmm.baseUrl")
    String baseUrl;

    /** Encoding of the documents and model files; set it when the export does not write UTF-8 (e.g. ISO-8859-1). */
    @Parameter(property = "bmm.encoding", defaultValue = "UTF-8")
    String encoding;

    /**
     * The architecture model the documents were exported from: an Archi file ({@code .archimate}), an
     * Open Group exchange file ({@code .xml}), or a folder (Archi's collaboration layout, or one holding a
     * single such file), relative to the project's folder. When set, element types, groups and relations
     * come from it; empty ({@code -Dbmm.model=}) means none.
     */
    @Parameter(property = "bmm.model")
    String model;

    /**
     * Which views of the architecture model ({@code model}) get a page: {@code all}, every view, those
     * no document exports taking their text from the model; or {@code documented}, only the views some
     * document exports.
     */
    @Parameter(property = "bmm.views", defaultValue = "all")
    String views;

    /**
     * Keys of the architecture model's properties that no page and no open data show (letter case
     * aside): those the export script reads, which mean nothing to a reader. Comma-separated on the
     * command line; empty shows every property.
     */
    @Parameter(property = "bmm.hiddenProperties", defaultValue = ArchitectureOptions.HIDDEN_BY_DEFAULT)
    List<String> hiddenProperties;

    /**
     * How many entries a page of a list shows at most, a whole number from 1: a group's elements with
     * their descriptions, a view's elements in no group, the lists of every document, view, group,
     * matrix and element (the home page shows the first of each list and links to the rest). A longer
     * list takes more pages: the first at the list's own address, the others beside it
     * ({@code grupos/objetivos.pagina-2.html}).
     */
    @Parameter(property = "bmm.pageSize", defaultValue = "" + BakeOptions.DEFAULT_PAGE_SIZE)
    String pageSize;

    /**
     * The engine that renders the pages: {@code freemarker} (built in) or {@code jbake} (JBake's own
     * {@code Oven}; needs {@code io.github.bmmsite:bmm-jbake-engine} among the plugin's dependencies).
     */
    @Parameter(property = "bmm.engine", defaultValue = "freemarker")
    String engine;

    /**
     * Reuse what the previous bake made: skip a bake whose inputs did not change, and render again
     * only the pages whose content changed. The cache is kept in {@code target/bmm-cache/};
     * {@code mvn clean} (or {@code -Dbmm.cache=false}) makes a full bake.
     */
    @Parameter(property = "bmm.cache", defaultValue = "true")
    boolean cache;

    /** Skip the bake. */
    @Parameter(property = "bmm.skip", defaultValue = "false")
    boolean skip;

    /**
     * The build's date and time for reproducible builds, as Maven's own plugins read it: seconds since
     * 1970 ({@code 1764460800}) or ISO 8601 with its offset ({@code 2026-11-30T10:15:30-05:00}); one
     * character ({@code a}) means none. Its day is the date of the pages whose documents have no
     * {@code date} metadata ("Fecha de publicación"); another value is an error (BMM047).
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /** Values of the {@code $NAME} placeholders the export leaves in documents, e.g. {@code <CLIENTE>…</CLIENTE>}. */
    @Parameter
    Map<String, String> variables;

    /**
     * Settings for templates, read as {@code config.<name>}: {@code site_title}, {@code site_description},
     * {@code open_data_license}, {@code open_data_license_url}; and the entity's, which the header and the
     * footer show, each only when set: {@code entity_name}, {@code entity_url}, {@code entity_logo} (the path
     * of an image in {@code assets}, such as {@code img/logo.svg}; a path outside them or an address is an
     * error, BMM043), {@code contact_address}, {@code contact_hours}, {@code contact_phone},
     * {@code contact_email}, {@code contact_notifications_email} (judicial notifications),
     * {@code transparency_url}, {@code privacy_url}, {@code terms_url} and {@code footer_text}.
     */
    @Parameter
    Map<String, String> config;

    /**
     * The project's folder, or the current folder when Maven runs without a project: relative paths and
     * the default folders are taken from it.
     */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File projectDirectory;

    /** Whether Maven runs in a project: without a {@code pom.xml}, the stand-in project has no folders. */
    @Parameter(defaultValue = "${session.request.projectPresent}", readonly = true)
    boolean projectPresent;

    /** Written to the output folder's marker: which plugin baked the site. */
    @Parameter(defaultValue = "${plugin.id}", readonly = true)
    String pluginId;

    /** The project's build folder, where the cache is kept ({@code target/}). */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    /** The project's reporting folder ({@code target/site}), the default output. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true)
    File reportingDirectory;

    BakeOptions options() throws MojoFailureException {
        Path build = projectPresent ? buildDirectory.toPath() : projectDirectory.toPath().resolve("target");
        return BakeOptions.builder().projectDir(projectDirectory.toPath()).buildDir(build)
                .source(source.toPath()).output(outputFolder(build))
                .templates(templates == null ? null : templates.toPath())
                .assets(assets == null ? null : assets.toPath()).strict(strict).language(language)
                .baseUrl(baseUrl).encoding(charset()).variables(variables == null ? Map.of() : variables)
                .config(config == null ? Map.of() : config).model(architectureModel().orElse(null))
                .engine(engine).cache(cache)
                .outputPolicy(new OutputPolicy(pluginId, cleanOutput, keep == null ? List.of() : keep))
                .architecture(architectureOptions()).pageSize(pageSize()).outputTimestamp(outputTimestamp)
                .build();
    }

    private int pageSize() throws MojoFailureException {
        String value = pageSize == null ? "" : pageSize.strip();
        long entries = value.matches("\\d{1,10}") ? Long.parseLong(value) : 0;
        if (entries < 1 || entries > Integer.MAX_VALUE) {
            throw new MojoFailureException("bmm.pageSize: '" + pageSize + "' is not a number of entries a page"
                    + " shows; give a whole number from 1 (" + BakeOptions.DEFAULT_PAGE_SIZE + " by default)");
        }
        return (int) entries;
    }

    private ArchitectureOptions architectureOptions() throws MojoFailureException {
        ArchitectureOptions.Views chosen = ArchitectureOptions.Views.named(views == null ? "all" : views)
                .orElseThrow(() -> new MojoFailureException("bmm.views: '" + views + "' is neither 'all' (every view"
                        + " of the model gets a page) nor 'documented' (only the views documents export)"));
        return new ArchitectureOptions(chosen, hiddenProperties == null ? Set.of()
                : ArchitectureOptions.keys(hiddenProperties.toArray(String[]::new)));
    }

    /** Without a project, Maven leaves the reporting folder's expression unresolved: it names no folder. */
    private Path outputFolder(Path build) {
        if (output != null) {
            return output.toPath();
        }
        return projectPresent ? reportingDirectory.toPath() : build.resolve("site");
    }

    /**
     * A path given as a {@code File} parameter would turn an empty value into the project's folder,
     * which holds no model; empty means no model here.
     */
    private Optional<Path> architectureModel() {
        return Optional.ofNullable(model).map(String::strip).filter(path -> !path.isEmpty())
                .map(path -> projectDirectory.toPath().resolve(path));
    }

    private Charset charset() throws MojoFailureException {
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("bmm.encoding: '" + encoding + "' is not an encoding this Java knows"
                    + " (for example UTF-8 or ISO-8859-1)");
        }
    }

    /** Lines of a bake's report, each at its level. */
    static void print(List<BakeReport.Line> lines, Log log) {
        for (BakeReport.Line line : lines) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARNING -> log.warn(line.text());
                case INFO -> log.info(line.text());
                case DEBUG -> log.debug(line.text());
            }
        }
    }
}
