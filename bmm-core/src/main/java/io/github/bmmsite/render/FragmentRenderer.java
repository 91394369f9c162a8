package io.github.bmmsite.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.bmmsite.cache.FragmentCache;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.model.Fragment;
import io.github.bmmsite.parse.MarkdownParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns document fragments into safe HTML for pages one folder below the site root (where all
 * pages that show document text live, see {@code SitePaths}). Fragments do not depend on the page
 * that shows them, so each is rendered once.
 */
public final class FragmentRenderer {

    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final Diagnostics diagnostics;
    private final Links links;
    private final FragmentCache cache;

    public FragmentRenderer(Links links, Diagnostics diagnostics) {
        this(links, diagnostics, FragmentCache.uncached());
    }

    /** @param cache keeps the HTML of fragments whose document and link targets did not change */
    public FragmentRenderer(Links links, Diagnostics diagnostics, FragmentCache cache) {
        this.diagnostics = diagnostics;
        this.links = links;
        this.cache = cache;
        // flexmark's heading-id generator walks the whole document on every render; the pandoc ids
        // are written by PandocNodeRenderer.
        this.renderer = HtmlRenderer.builder(new MutableDataSet(MarkdownParser.options())
                        .set(HtmlRenderer.GENERATE_HEADER_ID, false))
                .nodeRendererFactory(options -> new PandocNodeRenderer(links))
                .build();
    }

    /**
     * Each fragment is rendered once per bake, so what it reports is reported once. Fragments of
     * different documents render in parallel; those of one document take turns, because flexmark
     * stores option defaults in the document the first time a renderer reads them.
     */
    public String render(Fragment fragment) {
        synchronized (fragment.document().ast()) {
            for (Node block : fragment.blocks()) {
                reportUnsafeHtml(fragment, block);
            }
        }
        return cache.html(links, fragment, () -> renderNow(fragment));
    }

    private String renderNow(Fragment fragment) {
        StringBuilder html = new StringBuilder();
        synchronized (fragment.document().ast()) {
            for (Node block : fragment.blocks()) {
                renderer.render(block, html);
            }
        }
        return sanitizer.clean(html.toString());
    }

    /** A fragment rendered before: what it had to report was reported then. */
    String renderAgain(Fragment fragment) {
        StringBuilder html = new StringBuilder();
        synchronized (fragment.document().ast()) {
            for (Node block : fragment.blocks()) {
                renderer.render(block, html);
            }
        }
        return sanitizer.clean(html.toString());
    }

    /** The inline content of a node (a figure's image, whose text is the caption), rendered before. */
    String renderChildrenAgain(Node parent, Fragment of) {
        StringBuilder html = new StringBuilder();
        synchronized (of.document().ast()) {
            for (Node child : parent.getChildren()) {
                renderer.render(child, html);
            }
        }
        return sanitizer.clean(html.toString());
    }

    private void reportUnsafeHtml(Fragment fragment, Node block) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(block);
        block.getDescendants().forEach(nodes::add);
        for (Node node : nodes) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                List<String> removed = sanitizer.removedFrom(node.getChars().toString());
                if (!removed.isEmpty()) {
                    diagnostics.report(Problem.UNSAFE_HTML_REMOVED, fragment.document().locationOf(node),
                            "raw HTML that a public page must not carry was removed: " + String.join(", ", removed));
                }
            }
        }
    }
}
