package io.github.bmmsite.model;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which page shows each part of a document: the title, group and element headings become pages of
 * their own, and every other block is shown on the page of the document, view or element it
 * belongs to. Links written for the whole document ({@code #heading-id}) are resolved with this.
 */
public final class Placements {

    /** The kinds of page that show document text or stand for a heading. */
    public enum Page { DOCUMENT, VIEW, GROUP, ELEMENT }

    /**
     * @param id the document or view slug, the group name or the element key
     * @param anchorPrefix put before the ids of the headings shown there, so that a text shown
     *     beside another on one page (another version, another description) keeps ids of its own
     */
    public record Placement(Page page, String id, String anchorPrefix) {
    }

    private final Map<Node, Placement> headings = new IdentityHashMap<>();
    private final Map<Node, Placement> blocks = new IdentityHashMap<>();

    /** The page a title, group or element heading stands for. */
    public Optional<Placement> ofHeading(Heading heading) {
        return Optional.ofNullable(headings.get(heading));
    }

    /** The page that shows a node of a document (a block, or anything inside one). */
    public Optional<Placement> ofNode(Node node) {
        Node block = node;
        while (block.getParent() != null && block.getParent().getParent() != null) {
            block = block.getParent();
        }
        return Optional.ofNullable(blocks.get(block));
    }

    void heading(Heading heading, Page page, String id) {
        headings.putIfAbsent(heading, new Placement(page, id, ""));
    }

    void blocks(Iterable<Node> shown, Page page, String id) {
        blocks(shown, page, id, "");
    }

    void blocks(Iterable<Node> shown, Page page, String id, String anchorPrefix) {
        for (Node block : shown) {
            blocks.putIfAbsent(block, new Placement(page, id, anchorPrefix));
        }
    }
}
