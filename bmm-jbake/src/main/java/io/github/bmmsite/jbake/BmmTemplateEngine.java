package io.github.bmmsite.jbake;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.render.TemplateEngine;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.jbake.util.DataFileUtil;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * JBake's template engine for the documents of BMM pages; any other document goes to JBake's own
 * engines. Templates get JBake's three variables: {@code content} is the document from JBake's
 * store, {@code config} JBake's configuration ({@code site.host} as {@code config.site_host}) and
 * {@code data} the model from JBake's data file {@code data/bmm.yaml}. They are rendered with the
 * same Freemarker configuration as the built-in engine (HTML auto-escaping, markup left as markup,
 * {@code ?api} and {@code ?new} off), which JBake's stock Freemarker engine does not have.
 */
final class BmmTemplateEngine extends DelegatingTemplateEngine {

    /** What JBake's store adds to a document for its own bookkeeping; not part of the page. */
    private static final Set<String> BOOKKEEPING = Set.of("sourceuri", "rendered", "cached", "date", "file",
            "sha1", "noExtensionUri", "nextContent", "previousContent", "tags");

    private final TemplateEngine freemarker;
    private final Diagnostics diagnostics;
    private Object data;

    BmmTemplateEngine(ContentStore db, JBakeConfiguration config, TemplateEngine freemarker, Diagnostics diagnostics) {
        super(db, config);
        this.freemarker = freemarker;
        this.diagnostics = diagnostics;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel document = model.getContent();
        if (document == null || !document.getType().startsWith(JBakeProject.TYPE_PREFIX)) {
            super.renderDocument(model, templateName, writer);
            return;
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("content", content(document));
        root.put("config", config.asHashMap());
        root.put("data", data());
        try {
            writer.write(freemarker.render(templateName, root));
        } catch (TemplateEngine.TemplateFailure e) {
            // Reported here, with the template's file and line; not thrown, as JBake would log it
            // with a stack trace. The bake fails on the diagnostic.
            diagnostics.report(Problem.TEMPLATE_ERROR, e.location(), e.getMessage());
        } catch (IOException e) {
            throw new RenderingException(e);
        }
    }

    /** The page as the pipeline made it: its type, and its path as JBake writes it. */
    private Map<String, Object> content(DocumentModel document) {
        Map<String, Object> content = new LinkedHashMap<>();
        document.forEach((key, value) -> {
            if (!BOOKKEEPING.contains(key)) {
                content.put(key, PageFiles.restore(value));
            }
        });
        String type = document.getType().substring(JBakeProject.TYPE_PREFIX.length()).replace('_', '-');
        content.put("type", type);
        content.put("uri", JBakeProject.withoutExtension(document.getUri())
                + config.getOutputExtensionByDocType(document.getType()));
        return content;
    }

    /** The model, read once per bake from JBake's data file. */
    private Object data() {
        if (data == null) {
            Map<String, Object> file = new DataFileUtil(db, config.getDataFileDocType()).get(JBakeProject.DATA_FILE);
            Map<String, Object> model = new LinkedHashMap<>();
            file.forEach((key, value) -> {
                if (!BOOKKEEPING.contains(key) && !key.equals("type") && !key.equals("rendered")) {
                    model.put(key, PageFiles.restore(value));
                }
            });
            data = model;
        }
        return data;
    }
}
