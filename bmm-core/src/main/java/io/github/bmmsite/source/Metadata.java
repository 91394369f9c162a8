package io.github.bmmsite.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pandoc metadata of one document, merged over all its YAML blocks (later values win, as in
 * pandoc). Keys that only matter for PDF output ({@code titlepage}, …) are kept but unused.
 */
public record Metadata(Map<String, YamlTree.Value> values) {

    public static final Metadata EMPTY = new Metadata(Map.of());

    public Metadata {
        values = Map.copyOf(values);
    }

    public Optional<String> text(String key) {
        YamlTree.Value value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.plainText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    public int line(String key) {
        YamlTree.Value value = values.get(key);
        return value == null ? 0 : value.keyLine();
    }

    Metadata mergedWith(Map<String, YamlTree.Value> later) {
        Map<String, YamlTree.Value> merged = new LinkedHashMap<>(values);
        merged.putAll(later);
        return new Metadata(merged);
    }
}
