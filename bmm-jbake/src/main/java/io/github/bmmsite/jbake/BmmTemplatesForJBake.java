package io.github.bmmsite.jbake;

import io.github.bmmsite.engine.TemplateEngine;
import io.github.bmmsite.engine.TemplateSet;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The BMM templates in a JBake site of its own (JBake's command line, {@code jbake-maven-plugin}):
 * registered for the template extension {@value #EXTENSION} in
 * {@code META-INF/org.jbake.parser.TemplateEngines.properties}, so that
 * {@code template.bmm_element.file=bmm/element.bmmftl} renders {@code element.ftl} of the BMM
 * template set, the site's {@code templates/bmm/} overriding the built-in one by name, with the
 * same model and Freemarker configuration as the plugin. The site's own templates keep JBake's
 * engines.
 */
public final class BmmTemplatesForJBake extends AbstractTemplateEngine {

    public static final String EXTENSION = "bmmftl";
    /** The folder of the site's templates that overrides BMM templates. */
    public static final String FOLDER = "bmm";

    private final TemplateEngine freemarker;
    private Map<String, Object> data;

    public BmmTemplatesForJBake(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        Locale locale = Locale.forLanguageTag(Objects.toString(config.get("site_language"), "es"));
        try {
            this.freemarker = new TemplateEngine(new TemplateSet(
                    config.getTemplateFolder().toPath().resolve(FOLDER), (Path) null), locale);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the BMM templates", e);
        }
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        String name = Path.of(templateName).getFileName().toString();
        String template = name.substring(0, name.length() - EXTENSION.length()) + "ftl";
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("content", JBakeDocuments.content(model.getContent(), config));
        root.put("config", model.getConfig());
        root.put("data", data());
        try {
            writer.write(new String(freemarker.render(template, root), StandardCharsets.UTF_8));
        } catch (TemplateEngine.TemplateFailure e) {
            throw new RenderingException(e.location().file() + ":" + e.location().line() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new RenderingException(e);
        }
    }

    private Map<String, Object> data() {
        if (data == null) {
            data = JBakeDocuments.data(db, config);
        }
        return data;
    }
}
