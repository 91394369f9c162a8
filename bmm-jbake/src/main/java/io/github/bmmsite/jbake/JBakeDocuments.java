package io.github.bmmsite.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.util.DataFileUtil;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline's {@code content} and {@code data} read back from JBake's store: a BMM page's
 * document without what JBake adds for its own bookkeeping, its page type, its path as JBake
 * writes it, and markup restored.
 */
final class JBakeDocuments {

    /** What JBake's store adds to a document for its own bookkeeping; not part of the page. */
    private static final Set<String> BOOKKEEPING = Set.of("sourceuri", "rendered", "cached", "date", "file",
            "sha1", "noExtensionUri", "nextContent", "previousContent", "tags");

    private JBakeDocuments() {
    }

    static boolean isBmmPage(DocumentModel document) {
        return document != null && document.getType() != null
                && document.getType().startsWith(JBakeProject.TYPE_PREFIX);
    }

    static Map<String, Object> content(DocumentModel document, JBakeConfiguration config) {
        Map<String, Object> content = new LinkedHashMap<>();
        document.forEach((key, value) -> {
            if (!BOOKKEEPING.contains(key)) {
                content.put(key, PageFiles.restore(value));
            }
        });
        content.put("type", document.getType().substring(JBakeProject.TYPE_PREFIX.length()).replace('_', '-'));
        content.put("uri", JBakeProject.withoutExtension(document.getUri())
                + config.getOutputExtensionByDocType(document.getType()));
        return content;
    }

    /** The model, from JBake's data file {@code bmm.yaml}. */
    static Map<String, Object> data(ContentStore db, JBakeConfiguration config) {
        Map<String, Object> file = new DataFileUtil(db, config.getDataFileDocType()).get(JBakeProject.DATA_FILE);
        Map<String, Object> model = new LinkedHashMap<>();
        file.forEach((key, value) -> {
            if (!BOOKKEEPING.contains(key) && !key.equals("type")) {
                model.put(key, PageFiles.restore(value));
            }
        });
        return model;
    }
}
