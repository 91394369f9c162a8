package io.github.bmmsite.bake;

import io.github.bmmsite.model.ArchitectureOptions;
import io.github.bmmsite.write.OutputPolicy;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@link BakeOptions} as a properties file, for a bake in a JVM of its own: every option, its paths
 * as given (that JVM starts in the same folder), its maps, lists and sets entry by entry
 * ({@code variables.CLIENTE}, {@code keep.0}).
 */
public final class BakeOptionsFile {

    private static final String VARIABLE = "variables.";
    private static final String CONFIG = "config.";
    private static final String KEEP = "keep.";
    private static final String HIDDEN = "hiddenProperties.";

    private BakeOptionsFile() {
    }

    public static void write(BakeOptions options, Writer out) throws IOException {
        Properties file = new Properties();
        path(file, "projectDir", options.projectDir());
        path(file, "buildDir", options.buildDir());
        path(file, "source", options.source());
        path(file, "output", options.output());
        path(file, "templates", options.templates());
        path(file, "assets", options.assets());
        path(file, "model", options.model().orElse(null));
        file.setProperty("strict", String.valueOf(options.strict()));
        options.language().ifPresent(tag -> file.setProperty("language", tag));
        options.baseUrl().ifPresent(address -> file.setProperty("baseUrl", address));
        file.setProperty("encoding", options.encoding().name());
        options.variables().forEach((name, value) -> file.setProperty(VARIABLE + name, value));
        options.config().forEach((name, value) -> file.setProperty(CONFIG + name, value));
        file.setProperty("engine", options.engine());
        file.setProperty("cache", String.valueOf(options.cache()));
        file.setProperty("bakedBy", options.outputPolicy().bakedBy());
        file.setProperty("cleanOutput", String.valueOf(options.outputPolicy().cleanOutput()));
        List<String> keep = options.outputPolicy().keep();
        for (int i = 0; i < keep.size(); i++) {
            file.setProperty(KEEP + i, keep.get(i));
        }
        file.setProperty("views", options.architecture().views().name());
        int i = 0;
        for (String key : options.architecture().hiddenProperties()) {
            file.setProperty(HIDDEN + i++, key);
        }
        file.setProperty("pageSize", String.valueOf(options.pageSize()));
        options.outputTimestamp().ifPresent(value -> file.setProperty("outputTimestamp", value));
        file.store(out, null);
    }

    public static BakeOptions read(Reader in) throws IOException {
        Properties file = new Properties();
        file.load(in);
        List<String> keep = new ArrayList<>();
        for (int i = 0; file.containsKey(KEEP + i); i++) {
            keep.add(file.getProperty(KEEP + i));
        }
        var hidden = new HashSet<String>();
        for (int i = 0; file.containsKey(HIDDEN + i); i++) {
            hidden.add(file.getProperty(HIDDEN + i));
        }
        return BakeOptions.builder().projectDir(path(file, "projectDir")).buildDir(path(file, "buildDir"))
                .source(path(file, "source")).output(path(file, "output")).templates(path(file, "templates"))
                .assets(path(file, "assets")).model(path(file, "model"))
                .strict(Boolean.parseBoolean(file.getProperty("strict"))).language(file.getProperty("language"))
                .baseUrl(file.getProperty("baseUrl")).encoding(Charset.forName(file.getProperty("encoding")))
                .variables(entries(file, VARIABLE)).config(entries(file, CONFIG)).engine(file.getProperty("engine"))
                .cache(Boolean.parseBoolean(file.getProperty("cache")))
                .outputPolicy(new OutputPolicy(file.getProperty("bakedBy"),
                        Boolean.parseBoolean(file.getProperty("cleanOutput")), keep))
                .architecture(new ArchitectureOptions(ArchitectureOptions.Views.valueOf(file.getProperty("views")),
                        hidden))
                .pageSize(Integer.parseInt(file.getProperty("pageSize")))
                .outputTimestamp(file.getProperty("outputTimestamp")).build();
    }

    private static void path(Properties file, String key, Path path) {
        if (path != null) {
            file.setProperty(key, path.toString());
        }
    }

    private static Path path(Properties file, String key) {
        return Optional.ofNullable(file.getProperty(key)).map(Path::of).orElse(null);
    }

    private static Map<String, String> entries(Properties file, String prefix) {
        Map<String, String> entries = new TreeMap<>();
        file.stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> entries.put(key.substring(prefix.length()), file.getProperty(key)));
        return entries;
    }
}
