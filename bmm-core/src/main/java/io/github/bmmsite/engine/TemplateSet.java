package io.github.bmmsite.engine;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import io.github.bmmsite.write.OutputFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates and assets of a site: the default set from the {@code bmm-site-template}
 * artifact, with the project's own files overriding any of them by name (as a JBake project's
 * {@code templates/} and {@code assets/} folders do).
 */
public final class TemplateSet {

    static final String BUILT_IN = "bmm-site-template";
    private static final String ASSETS = "assets/";

    private final Optional<Path> projectTemplates;
    private final Optional<Path> projectAssets;

    public TemplateSet(Path projectTemplates, Path projectAssets) {
        this.projectTemplates = Optional.ofNullable(projectTemplates).filter(Files::isDirectory);
        this.projectAssets = Optional.ofNullable(projectAssets).filter(Files::isDirectory);
    }

    TemplateLoader loader() throws IOException {
        TemplateLoader builtIn = new ClassTemplateLoader(TemplateSet.class.getClassLoader(), BUILT_IN + "/templates");
        if (projectTemplates.isEmpty()) {
            return builtIn;
        }
        return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(projectTemplates.get().toFile()), builtIn});
    }

    /** Where a template comes from, as diagnostics name it. */
    String describe(String templateName) {
        return projectTemplates.map(dir -> dir.resolve(templateName)).filter(Files::isRegularFile)
                .map(Path::toString)
                .orElse(BUILT_IN + "/templates/" + templateName);
    }

    /** The assets to publish under {@code assets/}, the project's replacing the built-in ones. */
    public List<OutputFile> assets() throws IOException {
        Map<String, OutputFile> byPath = new TreeMap<>();
        for (OutputFile asset : builtInAssets()) {
            byPath.put(asset.sitePath(), asset);
        }
        if (projectAssets.isPresent()) {
            Path root = projectAssets.get();
            for (Path file : regularFiles(root)) {
                String sitePath = ASSETS + root.relativize(file).toString().replace('\\', '/');
                byPath.put(sitePath, new OutputFile.Copy(sitePath, file));
            }
        }
        return List.copyOf(byPath.values());
    }

    private static List<OutputFile> builtInAssets() throws IOException {
        URL url = TemplateSet.class.getClassLoader().getResource(BUILT_IN + "/" + ASSETS);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.getProtocol().equals("jar")) {
                String jar = url.getPath().substring(0, url.getPath().indexOf("!/"));
                try (FileSystem zip = FileSystems.newFileSystem(Path.of(new URL(jar).toURI()))) {
                    return read(zip.getPath("/" + BUILT_IN + "/" + ASSETS));
                }
            }
            return read(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the built-in assets at " + url, e);
        }
    }

    private static List<OutputFile> read(Path root) throws IOException {
        List<OutputFile> assets = new ArrayList<>();
        for (Path file : regularFiles(root)) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            assets.add(new OutputFile.Bytes(ASSETS + relative, Files.readAllBytes(file)));
        }
        return assets;
    }

    private static List<Path> regularFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
