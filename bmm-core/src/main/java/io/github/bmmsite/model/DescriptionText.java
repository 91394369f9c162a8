package io.github.bmmsite.model;

import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.parse.PandocNodes;

import java.util.stream.Collectors;

/**
 * The Markdown an author wrote for an element, compared across documents: two texts are the same
 * when only line breaks and spacing differ (an export wraps lines differently), not when a word,
 * a link or an emphasis does.
 */
final class DescriptionText {

    private DescriptionText() {
    }

    static String of(Fragment fragment) {
        return fragment.blocks().stream()
                .filter(block -> !PandocNodes.isPrintOnly(block))
                .map(Node::getChars)
                .map(CharSequence::toString)
                .collect(Collectors.joining("\n"))
                .strip()
                .replaceAll("\\s+", " ");
    }
}
