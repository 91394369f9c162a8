package io.github.bmmsite.jbake;

import io.github.bmmsite.engine.Page;
import io.github.bmmsite.engine.TemplateData;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.convert.ListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.io.FileHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The pages of a site written as a JBake project, the layout JBake's {@code Oven} bakes:
 * {@code jbake.properties}, {@code content/} (one {@code *.bmm} page file per page, at the page's
 * path), {@code data/bmm.yaml} (the model, JBake's data file), and {@code templates/},
 * {@code assets/} and {@code output/}. The templates themselves are read from the site's
 * template set, as the built-in engine reads them.
 */
final class JBakeProject {

    static final String PAGE_EXTENSION = "bmm";
    static final String DATA_FILE = "bmm.yaml";
    /** Prefix of the document types of BMM pages, which keeps them apart from a JBake site's own types. */
    static final String TYPE_PREFIX = "bmm_";

    private final Path root;

    JBakeProject(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path content() {
        return root.resolve("content");
    }

    Path output() {
        return root.resolve("output");
    }

    /** JBake's document type of a page type: {@code open-data} is {@code bmm_open_data}. */
    static String documentType(String pageType) {
        return TYPE_PREFIX + pageType.replace('-', '_');
    }

    /** Writes the project, replacing what a previous bake left; pages and data as the templates read them. */
    void write(List<Page> pages, Map<String, Object> config, Record data) throws IOException {
        TemplateData values = new TemplateData();
        delete(root);
        for (String folder : List.of("content", "data", "templates", "assets", "output")) {
            Files.createDirectories(root.resolve(folder));
        }
        Map<String, Page> byType = new LinkedHashMap<>();
        for (Page page : pages) {
            Map<String, Object> document = values.map(page.content());
            String type = String.valueOf(document.get("type"));
            document.put("type", documentType(type));
            Path file = content().resolve(withoutExtension(page.uri()) + "." + PAGE_EXTENSION);
            Files.createDirectories(file.getParent());
            Files.writeString(file, PageFiles.toYaml(document), StandardCharsets.UTF_8);
            byType.putIfAbsent(type, page);
        }
        Files.writeString(root.resolve("data").resolve(DATA_FILE), PageFiles.toYaml(values.map(data)),
                StandardCharsets.UTF_8);
        writeProperties(byType, config);
    }

    private void writeProperties(Map<String, Page> byType, Map<String, Object> config) throws IOException {
        // JBake splits values at commas; a title with a comma must stay one value.
        DefaultListDelimiterHandler lists = new DefaultListDelimiterHandler(',');
        PropertiesConfiguration properties = new PropertiesConfiguration();
        properties.setListDelimiterHandler(lists);
        // Only the documents are rendered: index, feed, archive, tags and sitemap are pages of the model.
        for (String renderer : List.of("index", "feed", "archive", "tags", "tagsindex", "sitemap", "error404")) {
            properties.addProperty("render." + renderer, false);
        }
        properties.addProperty("db.store", "memory");
        // A memory store is named, not placed: a name per project keeps two projects' bakes apart.
        properties.addProperty("db.path", "bmm-" + Integer.toHexString(root.toAbsolutePath().toString().hashCode()));
        properties.addProperty("db.clear.cache", true);
        properties.addProperty("uri.noExtension", false);
        properties.addProperty("output.extension", ".html");
        properties.addProperty("render.encoding", "UTF-8");
        properties.addProperty("template.encoding", "UTF-8");
        properties.addProperty("default.status", "published");
        properties.addProperty("img.path.update", false);
        byType.forEach((type, page) -> {
            properties.addProperty("template." + documentType(type) + ".file", page.template());
            String extension = extension(page.uri());
            if (!extension.equals(".html")) {
                properties.addProperty("template." + documentType(type) + ".extension", extension);
            }
        });
        // The pipeline's settings, under the names templates read (config.site_title); site_host is
        // JBake's own site.host.
        config.forEach((key, value) -> properties.addProperty(key.equals("site_host") ? "site.host" : key,
                lists.escape(String.valueOf(value), ListDelimiterHandler.NOOP_TRANSFORMER)));
        try {
            FileHandler file = new FileHandler(properties);
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.save(root.resolve("jbake.properties").toFile());
        } catch (ConfigurationException e) {
            throw new IOException("cannot write " + root.resolve("jbake.properties") + ": " + e.getMessage(), e);
        }
    }

    static String withoutExtension(String uri) {
        int slash = uri.lastIndexOf('/');
        int dot = uri.lastIndexOf('.');
        return dot > slash ? uri.substring(0, dot) : uri;
    }

    static String extension(String uri) {
        int slash = uri.lastIndexOf('/');
        int dot = uri.lastIndexOf('.');
        return dot > slash ? uri.substring(dot) : "";
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
