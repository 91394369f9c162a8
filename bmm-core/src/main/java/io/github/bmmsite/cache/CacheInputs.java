package io.github.bmmsite.cache;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a bake's fingerprint covers: its folders, whose files are hashed, and every other option as
 * text, so that a bake with another option is not taken for the previous one.
 *
 * @param buildDir the build folder the cache lives in; empty for none (no cache)
 * @param enabled false when the cache is switched off: its folder is not even looked at
 * @param settings every option besides the folders and variables, each as text, in a fixed order
 */
public record CacheInputs(Path output, Optional<Path> buildDir, boolean enabled, Path projectDir, Path source,
                          Path templates, Path assets, Optional<Path> model, Map<String, String> variables,
                          List<String> settings) {

    public CacheInputs {
        variables = Map.copyOf(variables);
        settings = List.copyOf(settings);
    }
}
