package io.github.bmmsite.model;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.parse.ParsedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A view as one document shows it.
 *
 * @param introduction its text before its groups and elements, figure included
 * @param figure the paragraph of its figure
 * @param elementTable its table "Elementos del Modelo", with that heading
 * @param todo the document's metadata {@code todo}: it is a draft
 * @param location its heading, or the document when it has none
 */
public record ViewVersion(String documentSlug, ParsedDocument document, Fragment introduction,
                          Optional<Paragraph> figure, Optional<Fragment> elementTable, Optional<String> todo,
                          SourceLocation location) {

    /** What this version says besides its figure, which the page shows once: introduction and element table. */
    public Fragment textWithoutFigure() {
        List<Node> blocks = new ArrayList<>(introduction.blocks());
        figure.ifPresent(blocks::remove);
        elementTable.ifPresent(table -> blocks.addAll(table.blocks()));
        return Fragment.headingsFrom(3, document, blocks);
    }
}
