package io.github.bmmsite.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engines a bake can use: the built-in one, and those of engine artifacts on the class path
 * (for the plugin: the plugin's own {@code <dependencies>}), registered as
 * {@code META-INF/services/io.github.bmmsite.engine.PageEngineProvider}.
 */
public final class PageEngines {

    /** Engines published as artifacts of this project, so that a missing one can be named exactly. */
    private static final Map<String, String> ARTIFACTS = Map.of("jbake", "bmm-jbake-engine");

    private final ClassLoader classLoader;

    public PageEngines(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public Optional<PageEngineProvider> find(String name) {
        return ServiceLoader.load(PageEngineProvider.class, classLoader).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals(name))
                .findFirst();
    }

    /** The names of every engine found. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        ServiceLoader.load(PageEngineProvider.class, classLoader).forEach(provider -> names.add(provider.name()));
        return names;
    }

    /** Why an engine is not there, and what to do. */
    public String whyMissing(String name) {
        String artifact = ARTIFACTS.get(name);
        if (artifact == null) {
            return "bmm.engine=" + name + " names no engine; the engines available are " + String.join(", ", names())
                    + (names().containsAll(ARTIFACTS.keySet()) ? "" : " (and, with its artifact, "
                    + String.join(", ", new TreeSet<>(ARTIFACTS.keySet())) + ")");
        }
        return "bmm.engine=" + name + " needs the engine's artifact in the plugin's dependencies: add"
                + " <dependencies><dependency><groupId>io.github.bmmsite</groupId><artifactId>" + artifact
                + "</artifactId><version>" + version() + "</version></dependency></dependencies>"
                + " inside <plugin> for bmm-maven-plugin in the pom.xml";
    }

    /** The version of this build, which engine artifacts share; read from the jar Maven built. */
    private static String version() {
        try (InputStream in = PageEngines.class.getResourceAsStream(
                "/META-INF/maven/io.github.bmmsite/bmm-core/pom.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "the version of bmm-maven-plugin");
            }
        } catch (IOException e) {
            // Falls through to the description below: the message stays useful without the number.
        }
        return "the version of bmm-maven-plugin";
    }
}
