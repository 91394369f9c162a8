package io.github.bmmsite.model;

import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.parse.ParsedDocument;

import java.util.List;

/** A run of Markdown blocks of one document: an element's description, a view's introduction. */
public record Fragment(ParsedDocument document, List<Node> blocks) {

    public Fragment {
        blocks = List.copyOf(blocks);
    }
}
