package io.github.bmmsite.html;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.github.bmmsite.link.CodeMentions;
import io.github.bmmsite.link.ImageTarget;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.NumberedTable;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.Figure;
import io.github.bmmsite.parse.AttributesNode;
import io.github.bmmsite.parse.CrossReference;
import io.github.bmmsite.parse.PandocAttributes;
import io.github.bmmsite.parse.PandocNodes;
import io.github.bmmsite.source.Placeholders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * HTML for the pandoc constructs of the export and for the site's own links: figures with their
 * number, crossrefs, code mentions, placeholders, images, and nothing for print-only blocks.
 */
final class PandocNodeRenderer implements NodeRenderer {

    private static final String ROOT = SitePaths.CONTENT_ROOT;

    private final Links links;
    private final int headingShift;

    /** @param headingShift added to the level of every heading, to fit the outline of the page */
    PandocNodeRenderer(Links links, int headingShift) {
        this.links = links;
        this.headingShift = headingShift;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Text.class, this::text),
                new NodeRenderingHandler<>(CrossReference.class, this::crossReference),
                new NodeRenderingHandler<>(AttributesNode.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                new NodeRenderingHandler<>(HtmlBlock.class, this::printableOrNothing),
                new NodeRenderingHandler<>(BlockQuote.class, this::printableOrNothing),
                new NodeRenderingHandler<>(Image.class, this::inlineImage),
                new NodeRenderingHandler<>(ImageRef.class, this::imageRef),
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(Link.class, this::linkOrAnchor),
                new NodeRenderingHandler<>(TableBlock.class, this::table),
                new NodeRenderingHandler<>(LinkRef.class, PandocNodeRenderer::link),
                new NodeRenderingHandler<>(AutoLink.class, PandocNodeRenderer::link),
                new NodeRenderingHandler<>(MailLink.class, PandocNodeRenderer::link));
    }

    /**
     * flexmark renders links as plain text when it renders part of a document, as fragments are;
     * the author's links must stay links (the sanitiser decides which URLs may).
     */
    private static void link(Node link, NodeRendererContext context, HtmlWriter html) {
        context.doRenderLinks();
        context.delegateRender();
    }

    /**
     * A link to {@code #heading-id} was written for the document as one page; it goes to the page
     * the heading is on now, or, leading nowhere (reported), becomes its text.
     */
    private void linkOrAnchor(Link link, NodeRendererContext context, HtmlWriter html) {
        if (!link.getUrl().startsWith("#")) {
            link(link, context, html);
            return;
        }
        Optional<String> target = links.anchorTarget(link);
        if (target.isEmpty()) {
            context.renderChildren(link);
            return;
        }
        html.raw("<a href=\"" + escape(ROOT + target.get()) + "\"");
        if (!link.getTitle().isBlank()) {
            html.raw(" title=\"" + escape(link.getTitle().unescape()) + "\"");
        }
        html.raw(">");
        context.renderChildren(link);
        html.raw("</a>");
    }

    /**
     * A pipe table, with its pandoc caption ({@code : Caption {#tbl:id}}) and number. A wide table
     * scrolls sideways inside a region that the keyboard can reach and that is named after it.
     */
    private void table(TableBlock table, NodeRendererContext context, HtmlWriter html) {
        Optional<Paragraph> caption = PandocNodes.tableCaption(table);
        Optional<String> id = caption.flatMap(PandocNodes::captionAttributes).flatMap(PandocAttributes::id);
        Optional<NumberedTable> numbered = id.flatMap(i -> links.table(table, i));
        String name = numbered.map(t -> "Tabla " + t.number() + (caption.isPresent() ? ": " : "")).orElse("")
                + caption.map(c -> fillPlain(captionText(c))).orElse(numbered.isPresent() ? "" : "Tabla");
        html.raw("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + escape(name) + "\">");
        html.raw("<table");
        id.ifPresent(i -> html.raw(" id=\"" + escape(i) + "\""));
        html.raw(">\n");
        if (caption.isPresent()) {
            html.raw("<caption>");
            numbered.ifPresent(t -> html.raw("<span class=\"bmm-table-number\">Tabla " + t.number()
                    + ":</span> "));
            context.renderChildren(caption.get());
            html.raw("</caption>\n");
        }
        context.renderChildren(table);
        html.raw("</table></div>\n");
    }

    private void printableOrNothing(Node node, NodeRendererContext context, HtmlWriter html) {
        if (!PandocNodes.isPrintOnly(node)) {
            context.delegateRender();
        }
    }

    private void paragraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
        if (PandocNodes.isPrintOnly(paragraph) || isShownCaption(paragraph)) {
            return;
        }
        Optional<Image> image = PandocNodes.figureImage(paragraph);
        if (image.isPresent() && image.get().hasChildren()) {
            figure(image.get(), context, html);
        } else {
            context.delegateRender();
        }
    }

    /** A table caption is shown inside its table. */
    private static boolean isShownCaption(Paragraph paragraph) {
        return PandocNodes.isTableCaption(paragraph) && (paragraph.getPrevious() instanceof TableBlock before
                && PandocNodes.tableCaption(before).orElse(null) == paragraph
                || paragraph.getNext() instanceof TableBlock after
                && PandocNodes.tableCaption(after).orElse(null) == paragraph);
    }

    private void figure(Image image, NodeRendererContext context, HtmlWriter html) {
        Optional<PandocAttributes> attributes = PandocNodes.attributesOf(image);
        Optional<Figure> numbered = attributes.flatMap(PandocAttributes::id).flatMap(id -> links.figure(image, id));
        html.raw("<figure class=\"bmm-figure\"");
        attributes.flatMap(PandocAttributes::id).ifPresent(id -> html.raw(" id=\"" + escape(id) + "\""));
        html.raw(">");
        image(image, attributes, html);
        html.raw("<figcaption>");
        numbered.ifPresent(f -> html.raw("<span class=\"bmm-figure-number\">Figura " + f.number() + ":</span> "));
        context.renderChildren(image);
        html.raw("</figcaption></figure>\n");
    }

    private void inlineImage(Image image, NodeRendererContext context, HtmlWriter html) {
        image(image, PandocNodes.attributesOf(image), html);
    }

    /** {@code ![text][ref]} is an image like any other; without a {@code [ref]: …} line, it is text. */
    private void imageRef(ImageRef image, NodeRendererContext context, HtmlWriter html) {
        if (image.isDefined()) {
            image(image, PandocNodes.attributesOf(image), html);
        } else {
            context.delegateRender();
        }
    }

    private void image(Node image, Optional<PandocAttributes> attributes, HtmlWriter html) {
        String alt = fillPlain(PandocNodes.plainText(image).strip());
        ImageTarget target = links.image(image);
        if (target instanceof ImageTarget.Unavailable missing) {
            html.raw(unavailableImage(missing.written()));
            return;
        }
        String src = ROOT + ((ImageTarget.Local) target).sitePath();
        html.raw("<img src=\"" + escape(src) + "\" alt=\"" + escape(alt) + "\"");
        attributes.ifPresent(a -> {
            pixels(a.values().get("width")).ifPresent(w -> html.raw(" width=\"" + w + "\""));
            pixels(a.values().get("height")).ifPresent(h -> html.raw(" height=\"" + h + "\""));
        });
        html.raw(" loading=\"lazy\">");
    }

    /** What a page shows instead of an image that is missing or not published. */
    static String unavailableImage(String written) {
        return "<div class=\"bmm-figure-missing\" role=\"img\" aria-label=\""
                + escape("Imagen no disponible: " + written) + "\">"
                + "<span class=\"bmm-figure-missing-title\">Imagen no disponible</span> "
                + "<code>" + escape(written) + "</code></div>";
    }

    /** Only pixel sizes carry over to the web; print sizes ({@code 5in}, {@code 50%}) do not. */
    private static Optional<String> pixels(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String number = value.endsWith("px") ? value.substring(0, value.length() - 2) : value;
        return number.matches("[0-9]{1,5}") ? Optional.of(number) : Optional.empty();
    }

    private void heading(Heading heading, NodeRendererContext context, HtmlWriter html) {
        String tag = "h" + Math.max(1, Math.min(6, heading.getLevel() + headingShift));
        html.raw("<" + tag);
        links.headingId(heading).or(() -> PandocNodes.attributesOf(heading).flatMap(PandocAttributes::id))
                .ifPresent(id -> html.raw(" id=\"" + escape(id) + "\""));
        html.raw(">");
        context.renderChildren(heading);
        html.raw("</" + tag + ">\n");
    }

    private void crossReference(CrossReference reference, NodeRendererContext context, HtmlWriter html) {
        boolean table = reference.kind().equals("tbl");
        String noun = (table ? "tabla" : "figura") + (reference.ids().size() > 1 ? "s" : "");
        html.text(reference.capitalised() ? Character.toUpperCase(noun.charAt(0)) + noun.substring(1) : noun);
        html.raw(" ");
        List<String> numbers = new ArrayList<>();
        for (String id : reference.ids()) {
            Optional<String> uri = table ? links.table(reference, id).map(links::uriOf)
                    : links.figure(reference, id).map(links::uriOf);
            Optional<Integer> number = table ? links.table(reference, id).map(NumberedTable::number)
                    : links.figure(reference, id).map(Figure::number);
            numbers.add(uri.map(u -> "<a class=\"bmm-xref\" href=\"" + escape(ROOT + u) + "\">" + number.get() + "</a>")
                    .orElse("<mark class=\"bmm-unresolved\" title=\"Referencia desconocida: " + escape(id) + "\">??</mark>"));
        }
        html.raw(joinSpanish(numbers));
    }

    private static String joinSpanish(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " y " + items.get(items.size() - 1);
    }

    private void text(Text node, NodeRendererContext context, HtmlWriter html) {
        boolean linkable = node.getAncestorOfType(Link.class, LinkRef.class, AutoLink.class, MailLink.class,
                Heading.class, Image.class, ImageRef.class) == null;
        String text = node.getChars().unescape();
        if (PandocNodes.endsAnAnchorLink(node)) {
            text = PandocNodes.plainText(node);
        }
        if (PandocNodes.isTableCaption(node.getParent())) {
            text = captionText(node, text);
        }
        Matcher placeholder = Placeholders.PLACEHOLDER.matcher(text);
        int position = 0;
        while (placeholder.find()) {
            mentions(text.substring(position, placeholder.start()), linkable, html);
            Optional<String> value = links.placeholders().valueOf(placeholder.group(1));
            if (value.isPresent()) {
                mentions(value.get(), linkable, html);
            } else {
                html.raw("<mark class=\"bmm-unresolved\" title=\"Variable sin valor en la configuración: "
                        + placeholder.group(1) + "\">" + placeholder.group(1) + "</mark>");
            }
            position = placeholder.end();
        }
        mentions(text.substring(position), linkable, html);
    }

    /** A caption's words as plain text. */
    private static String captionText(Paragraph caption) {
        String text = PandocNodes.plainText(caption);
        return text.substring(PandocNodes.captionPrefixLength(text)).strip();
    }

    /** The words of a table caption, without the {@code :} before them or the space before {@code {#tbl:…}}. */
    private static String captionText(Text node, String text) {
        String words = node.getPrevious() == null ? text.substring(PandocNodes.captionPrefixLength(text)) : text;
        return node.getNext() instanceof AttributesNode ? words.stripTrailing() : words;
    }

    private void mentions(String text, boolean linkable, HtmlWriter html) {
        List<CodeMentions.Mention> found = linkable ? links.mentions().in(text) : List.of();
        int position = 0;
        for (CodeMentions.Mention mention : found) {
            html.text(text.substring(position, mention.start()));
            Element element = links.elementWithCode(mention.code()).orElseThrow();
            html.raw("<a class=\"bmm-mention\" href=\"" + escape(ROOT + SitePaths.of(element)) + "\" title=\""
                    + escape(element.title()) + "\">" + escape(mention.code()) + "</a>");
            position = mention.end();
        }
        html.text(text.substring(position));
    }

    /** Plain text (an {@code alt}) with placeholders filled, unknown ones shown by name. */
    private String fillPlain(String text) {
        return links.placeholders().fill(text, name -> name);
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}
