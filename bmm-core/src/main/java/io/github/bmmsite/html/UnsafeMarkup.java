package io.github.bmmsite.html;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.parse.PandocNodes;
import io.github.bmmsite.parse.ParsedDocument;

import java.util.List;

/**
 * Reports, with its file and line, every part of a document that pages leave out for safety: what
 * the safelist removes from raw HTML, images of raw HTML outside the site, and links to addresses a
 * page must not link to. The whole document is looked at, headings included: a heading that names a
 * page is shown as plain text, but what it held was written by the author all the same.
 */
public final class UnsafeMarkup {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final Diagnostics diagnostics;

    public UnsafeMarkup(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Each part once; print-only blocks are never shown, so nothing of them is reported. */
    public void report(ParsedDocument document) {
        for (Node block : document.ast().getChildren()) {
            if (!PandocNodes.isPrintOnly(block)) {
                check(document, block);
                block.getDescendants().forEach(node -> check(document, node));
            }
        }
    }

    private void check(ParsedDocument document, Node node) {
        if (node instanceof HtmlBlock || node instanceof HtmlInline) {
            checkRawHtml(document.locationOf(node), node.getChars().toString());
        } else if (node instanceof Link link && !link.getUrl().startsWith("#")) {
            checkLink(document.locationOf(node), link.getUrl().unescape());
        } else if (node instanceof AutoLink link) {
            checkLink(document.locationOf(node), link.getText().unescape());
        } else if (node instanceof LinkRef ref && ref.isDefined()) {
            checkLink(document.locationOf(node), ref.getReferenceNode(document.ast()).getUrl().unescape());
        }
    }

    private void checkRawHtml(SourceLocation at, String raw) {
        List<String> removed = sanitizer.removedFrom(raw);
        if (!removed.isEmpty()) {
            diagnostics.report(Problem.UNSAFE_HTML_REMOVED, at,
                    "raw HTML that a public page must not carry was removed: " + String.join(", ", removed));
        }
        for (String image : sanitizer.imagesOutsideTheSite(raw)) {
            diagnostics.report(Problem.IMAGE_OUTSIDE_SOURCE, at, "the image '" + image + "' is not published: it is"
                    + " outside the site (another host, an absolute path, a file: address or above the site's root);"
                    + " the page shows a placeholder (copy the image next to the document and write ![text](path))");
        }
    }

    private void checkLink(SourceLocation at, String url) {
        if (!sanitizer.isSafe("a", "href", url)) {
            diagnostics.report(Problem.UNSAFE_HTML_REMOVED, at, "the link to '" + url + "' was removed, the page"
                    + " shows its text only: a public page links only to http, https, ftp, mailto and relative"
                    + " addresses");
        }
    }
}
