package io.github.bmmsite.model;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.parse.PandocNodes;
import io.github.bmmsite.parse.ParsedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of an exported view document: a title heading, an introduction, then one heading
 * per group or element. A heading with no text under it, followed by more headings, is a group.
 */
record DocumentOutline(Optional<Heading> title, List<Node> introduction, List<Section> sections) {

    /** A group or element heading and the blocks under it (print-only blocks left out). */
    record Section(Heading heading, String text, List<Node> body) {
    }

    static DocumentOutline of(ParsedDocument document) {
        List<Node> blocks = new ArrayList<>();
        for (Node block : document.ast().getChildren()) {
            if (!PandocNodes.isPrintOnly(block)) {
                blocks.add(block);
            }
        }
        Optional<Heading> title = titleHeading(blocks);
        int sectionLevel = sectionLevel(blocks, title);
        List<Node> introduction = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        Heading current = null;
        List<Node> body = new ArrayList<>();
        for (Node block : blocks) {
            if (title.isPresent() && block == title.get()) {
                continue;
            }
            if (block instanceof Heading heading && heading.getLevel() <= sectionLevel) {
                if (current != null) {
                    sections.add(new Section(current, PandocNodes.plainText(current).strip(), body));
                }
                current = heading;
                body = new ArrayList<>();
            } else if (current == null) {
                introduction.add(block);
            } else {
                body.add(block);
            }
        }
        if (current != null) {
            sections.add(new Section(current, PandocNodes.plainText(current).strip(), body));
        }
        return new DocumentOutline(title, introduction, sections);
    }

    boolean isGroup(int index) {
        return sections.get(index).body().isEmpty() && index + 1 < sections.size();
    }

    /**
     * The first heading, when it is an H1 or H2 and the next heading is deeper, names the view. A
     * first heading followed by one of its own level is a group or element of a view without a
     * title heading (its title is then in the metadata).
     */
    private static Optional<Heading> titleHeading(List<Node> blocks) {
        Heading first = null;
        for (Node block : blocks) {
            if (block instanceof Heading heading) {
                if (first == null) {
                    if (heading.getLevel() > 2) {
                        return Optional.empty();
                    }
                    first = heading;
                } else {
                    return heading.getLevel() > first.getLevel() ? Optional.of(first) : Optional.empty();
                }
            }
        }
        return Optional.ofNullable(first).filter(h -> blocks.stream().noneMatch(b -> b instanceof Heading && b != h));
    }

    private static int sectionLevel(List<Node> blocks, Optional<Heading> title) {
        for (Node block : blocks) {
            if (block instanceof Heading heading && (title.isEmpty() || heading != title.get())) {
                return heading.getLevel();
            }
        }
        return 6;
    }
}
