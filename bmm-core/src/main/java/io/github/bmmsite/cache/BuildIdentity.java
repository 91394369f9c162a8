package io.github.bmmsite.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Which build of the plugin and of the libraries that shape the output made a cache: a cache
 * made by another build is never reused. Jars are named by path, size and time (a new version
 * or a rebuilt SNAPSHOT changes them); class folders, as in the project's own tests, by content.
 */
final class BuildIdentity {

    /** Raise when the cache's meaning changes in a way the other keys do not show. */
    static final int FORMAT = 1;

    private static final String[] CODE = {
        "io.github.bmmsite.bake.Baker",
        "freemarker.template.Configuration",
        "com.vladsch.flexmark.html.HtmlRenderer",
        "com.vladsch.flexmark.parser.Parser",
        "org.jsoup.Jsoup",
        "org.snakeyaml.engine.v2.api.Load",
    };
    private static final String BUILT_IN_TEMPLATES = "bmm-site-template/templates/";

    private BuildIdentity() {
    }

    static String compute() throws IOException {
        Hasher hasher = new Hasher().number(FORMAT).text(Runtime.version().toString());
        ClassLoader loader = BuildIdentity.class.getClassLoader();
        for (String name : CODE) {
            hasher.text(name);
            try {
                hashLocation(hasher, Class.forName(name, false, loader).getProtectionDomain().getCodeSource());
            } catch (ClassNotFoundException e) {
                hasher.tag('X');
            }
        }
        URL templates = loader.getResource(BUILT_IN_TEMPLATES);
        hasher.text(templates == null ? "" : templates.toString());
        if (templates != null && templates.getProtocol().equals("jar")) {
            hashFile(hasher, templates.getPath().substring(0, templates.getPath().indexOf("!/")));
        } else if (templates != null && templates.getProtocol().equals("file")) {
            FileTrees.hash(hasher, path(templates).getParent());
        }
        return hasher.hex();
    }

    private static void hashLocation(Hasher hasher, CodeSource source) throws IOException {
        if (source == null || source.getLocation() == null) {
            hasher.tag('X');
            return;
        }
        Path path = path(source.getLocation());
        hasher.text(path.toString());
        if (Files.isDirectory(path)) {
            FileTrees.hash(hasher, path);
        } else if (Files.isRegularFile(path)) {
            hasher.number(Files.size(path)).number(Files.getLastModifiedTime(path).toMillis());
        }
    }

    private static void hashFile(Hasher hasher, String url) throws IOException {
        Path path = path(new URL(url));
        hasher.number(Files.size(path)).number(Files.getLastModifiedTime(path).toMillis());
    }

    private static Path path(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot locate " + url, e);
        }
    }
}
