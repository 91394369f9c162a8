package io.github.bmmsite.html;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.model.Fragment;
import io.github.bmmsite.parse.MarkdownParser;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns document fragments into safe HTML for pages one folder below the site root (where all
 * pages that show document text live, see {@code SitePaths}). Fragments do not depend on the page
 * that shows them, so each is rendered once.
 */
public final class FragmentRenderer {

    /** Renderers by heading shift: flexmark passes nothing per render to a node renderer. */
    private final Map<Integer, HtmlRenderer> renderers = new ConcurrentHashMap<>();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final Links links;
    private final FragmentCache cache;
    private final Map<Document, Boolean> prepared = new ConcurrentHashMap<>();

    public FragmentRenderer(Links links) {
        this(links, FragmentCache.uncached());
    }

    /** @param cache keeps the HTML of fragments whose document and link targets did not change */
    public FragmentRenderer(Links links, FragmentCache cache) {
        this.links = links;
        this.cache = cache;
    }

    private HtmlRenderer renderer(int headingShift) {
        // flexmark's heading-id generator walks the whole document on every render; the pandoc ids
        // are written by PandocNodeRenderer.
        return renderers.computeIfAbsent(headingShift, shift -> HtmlRenderer.builder(
                        new MutableDataSet(MarkdownParser.options()).set(HtmlRenderer.GENERATE_HEADER_ID, false))
                .nodeRendererFactory(options -> new PandocNodeRenderer(links, shift))
                .build());
    }

    /**
     * Fragments render in parallel, also those of one document: see {@link #prepare}. What
     * cleaning removes is reported by {@link UnsafeMarkup}, once per document.
     */
    public String render(Fragment fragment) {
        prepared.computeIfAbsent(fragment.document().ast(), this::prepare);
        return cache.html(links, fragment, () -> renderNow(fragment));
    }

    private String renderNow(Fragment fragment) {
        HtmlRenderer renderer = renderer(fragment.headingShift());
        StringBuilder html = new StringBuilder();
        for (Node block : fragment.blocks()) {
            renderer.render(block, html);
        }
        return sanitizer.clean(html.toString());
    }

    /** A fragment rendered before: what it had to report was reported then. */
    String renderAgain(Fragment fragment) {
        prepared.computeIfAbsent(fragment.document().ast(), this::prepare);
        return renderNow(fragment);
    }

    /** The inline content of a node (a figure's image, whose text is the caption), rendered before. */
    String renderChildrenAgain(Node parent, Fragment of) {
        prepared.computeIfAbsent(of.document().ast(), this::prepare);
        HtmlRenderer renderer = renderer(0);
        StringBuilder html = new StringBuilder();
        for (Node child : parent.getChildren()) {
            renderer.render(child, html);
        }
        return sanitizer.clean(html.toString());
    }

    /**
     * flexmark stores an option's default value in the document (a plain hash map) the first time
     * a renderer reads it from there, so two threads rendering parts of one document for the first
     * time would write that map at once. Before any part of a document is rendered, one thread
     * (the others wait, see {@code computeIfAbsent}) renders one top-level block of each kind of
     * node the document holds, so every default the renderers read is stored; later renders only
     * read the map. {@code FragmentRendererTest} checks that rendering every fragment afterwards
     * stores nothing more.
     */
    private Boolean prepare(Document document) {
        HtmlRenderer renderer = renderer(0);
        Set<Class<?>> kinds = new HashSet<>();
        StringBuilder discarded = new StringBuilder();
        for (Node block : document.getChildren()) {
            boolean newKind = kinds.add(block.getClass());
            for (Node node : block.getDescendants()) {
                newKind |= kinds.add(node.getClass());
            }
            if (newKind) {
                renderer.render(block, discarded);
                discarded.setLength(0);
            }
        }
        return Boolean.TRUE;
    }
}
