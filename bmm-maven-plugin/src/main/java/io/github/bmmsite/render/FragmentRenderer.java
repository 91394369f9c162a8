package io.github.bmmsite.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.model.Fragment;
import io.github.bmmsite.parse.MarkdownParser;

/**
 * Turns document fragments into safe HTML for pages one folder below the site root (where all
 * pages that show document text live, see {@code SitePaths}). Fragments do not depend on the page
 * that shows them, so each is rendered once.
 */
public final class FragmentRenderer {

    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public FragmentRenderer(Links links) {
        this.renderer = HtmlRenderer.builder(MarkdownParser.options())
                .nodeRendererFactory(options -> new PandocNodeRenderer(links))
                .build();
    }

    public String render(Fragment fragment) {
        StringBuilder html = new StringBuilder();
        for (Node block : fragment.blocks()) {
            renderer.render(block, html);
        }
        return sanitizer.clean(html.toString());
    }
}
