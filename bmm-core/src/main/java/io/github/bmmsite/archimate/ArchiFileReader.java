package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.Diagnostics;

import java.nio.file.Path;

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
        folder(root, display, builder, diagnostics);
    }

    private static void folder(XmlTree.Node folder, Path display, ModelBuilder builder, Diagnostics diagnostics) {
        for (XmlTree.Node child : folder.children()) {
            if (child.name().equals("folder")) {
                folder(child, display, builder, diagnostics);
            } else if (child.name().equals("element")) {
                String type = child.xsiType().orElse("");
                ArchiDialect.SINGLE_FILE.object(type, child, display, builder, diagnostics);
            }
        }
    }
}
