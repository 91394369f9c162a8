package io.github.bmmsite.jbake;

import org.apache.commons.configuration2.Configuration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Date;
import java.util.Map;

/**
 * JBake's markup engine for {@code *.bmm} page files (registered in
 * {@code META-INF/org.jbake.parser.MarkupEngines.properties}): the whole file is the document, so
 * the page's nested values reach the templates, where JBake's own header format would carry text only.
 */
public final class BmmPageParser implements org.jbake.parser.ParserEngine {

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        try {
            DocumentModel document = new DocumentModel();
            document.putAll(PageFiles.fromYaml(Files.readString(file.toPath(), StandardCharsets.UTF_8)));
            // JBake orders its store by date; a page file has none of its own.
            document.setDate(new Date(file.lastModified()));
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page file " + file, e);
        }
    }

    @Override
    @Deprecated
    public Map<String, Object> parse(Configuration config, File file, String contentPath) {
        throw new UnsupportedOperationException("JBake 2.7 calls parse(JBakeConfiguration, File)");
    }
}
