package io.github.bmmsite.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the site makes of the architecture model ({@code bmm.model}) beyond what the documents export.
 *
 * @param views which views of the model get a page
 * @param hiddenProperties the keys of properties no page and no open data show, compared without
 *     letter case: those that drive the export script and mean nothing to a reader
 */
public record ArchitectureOptions(Views views, Set<String> hiddenProperties) {

    /** Which views of the model get a page ({@code bmm.views}). */
    public enum Views {
        /** Every view of the model: those no document exports take their text from the model. */
        ALL,
        /** Only the views some document exports. */
        DOCUMENTED;

        /** {@code all} or {@code documented}, letter case aside. */
        public static Optional<Views> named(String name) {
            return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(name.strip())).findFirst();
        }
    }

    /**
     * The keys the export script reads on a view: {@code titulo} (its title, which titles its page)
     * and {@code plantillaElm} (the templates it writes the view's elements with).
     */
    public static final String HIDDEN_BY_DEFAULT = "titulo,plantillaElm";

    public static final ArchitectureOptions DEFAULT = new ArchitectureOptions(Views.ALL, keys(HIDDEN_BY_DEFAULT));

    public ArchitectureOptions {
        hiddenProperties = hiddenProperties.stream().map(String::strip).filter(key -> !key.isEmpty())
                .map(key -> key.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Keys as lists of comma-separated keys, as the command line or a POM gives them. */
    public static Set<String> keys(String... commaSeparated) {
        return Arrays.stream(commaSeparated).flatMap(list -> Arrays.stream(list.split(",")))
                .collect(Collectors.toSet());
    }

    /** The same options with other hidden keys. */
    public ArchitectureOptions hiding(Set<String> keys) {
        return new ArchitectureOptions(views, keys);
    }

    /** The properties a page shows, in the model's order. */
    public List<Property> shown(Map<String, String> properties) {
        return properties.entrySet().stream()
                .filter(p -> !hiddenProperties.contains(p.getKey().strip().toLowerCase(Locale.ROOT)))
                .map(p -> new Property(p.getKey(), p.getValue())).toList();
    }
}
