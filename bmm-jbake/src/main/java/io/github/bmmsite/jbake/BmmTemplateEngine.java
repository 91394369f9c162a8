package io.github.bmmsite.jbake;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.engine.TemplateEngine;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JBake's template engine for the documents of BMM pages; any other document goes to JBake's own
 * engines. Templates get JBake's three variables: {@code content} is the document from JBake's
 * store, {@code config} JBake's configuration ({@code site.host} as {@code config.site_host}) and
 * {@code data} the model from JBake's data file {@code data/bmm.yaml}. They are rendered with the
 * same Freemarker configuration as the built-in engine (HTML auto-escaping, markup left as markup,
 * {@code ?api} and {@code ?new} off), which JBake's stock Freemarker engine does not have.
 */
final class BmmTemplateEngine extends DelegatingTemplateEngine {

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
        if (!JBakeDocuments.isBmmPage(document)) {
            super.renderDocument(model, templateName, writer);
            return;
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("content", JBakeDocuments.content(document, config));
        root.put("config", config.asHashMap());
        root.put("data", data());
        try {
            writer.write(new String(freemarker.render(templateName, root), StandardCharsets.UTF_8));
        } catch (TemplateEngine.TemplateFailure e) {
            // Reported here, with the template's file and line; not thrown, as JBake would log it
            // with a stack trace. The bake fails on the diagnostic.
            diagnostics.report(Problem.TEMPLATE_ERROR, e.location(), e.getMessage());
        } catch (IOException e) {
            throw new RenderingException(e);
        }
    }

    /** The model, read once per bake from JBake's data file. */
    private Object data() {
        if (data == null) {
            data = JBakeDocuments.data(db, config);
        }
        return data;
    }
}
