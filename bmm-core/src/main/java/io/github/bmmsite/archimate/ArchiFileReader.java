package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.Diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Archi's single-file format ({@code .archimate}): {@code <archimate:model>} holding nested
 * {@code <folder>}s of {@code <element xsi:type="archimate:Goal">}; relationships and views are
 * elements too, with {@code source}/{@code target} ids and {@code <child>} boxes.
 */
final class ArchiFileReader {

    private ArchiFileReader() {
    }

    static void read(XmlTree.Node root, Path display, ModelBuilder builder, Diagnostics diagnostics) {
        builder.name(root.attribute("name").orElse(""));
        folder(root, Optional.empty(), display, builder, diagnostics);
    }

    /**
     * @param path the author's folders that hold this one's objects, outermost first; empty for the
     *     model itself, whose folders (Views, Business, …) are where Archi keeps each kind of object
     */
    private static void folder(XmlTree.Node folder, Optional<List<String>> path, Path display, ModelBuilder builder,
                               Diagnostics diagnostics) {
        for (XmlTree.Node child : folder.children()) {
            if (child.name().equals("folder")) {
                List<String> inside = new ArrayList<>(path.orElse(List.of()));
                path.ifPresent(p -> inside.add(child.attribute("name").orElse("").strip()));
                folder(child, Optional.of(inside), display, builder, diagnostics);
            } else if (child.name().equals("element")) {
                String type = child.xsiType().orElse("");
                ArchiDialect.SINGLE_FILE.object(type, child, path.orElse(List.of()), display, builder, diagnostics);
            }
        }
    }
}
