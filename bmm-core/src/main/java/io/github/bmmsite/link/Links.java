package io.github.bmmsite.link;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.Figure;
import io.github.bmmsite.model.Fragment;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.source.Placeholders;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Every reference of the site resolved: code mentions, crossrefs, images, placeholders. The
 * renderer only looks things up here; what could not be resolved was reported when this was
 * built.
 */
public final class Links {

    private final SiteModel model;
    private final CodeMentions mentions;
    private final Map<String, Element> elementsByCode;
    private final Tables tables;
    private final Anchors anchors;
    /** Images and reference-style images. */
    private final IdentityHashMap<Node, ImageTarget> images;
    private final Placeholders placeholders;
    private final Map<Fragment, String> texts = new ConcurrentHashMap<>();

    Links(SiteModel model, Map<String, Element> elementsByCode, Tables tables, Anchors anchors,
          IdentityHashMap<Node, ImageTarget> images, Placeholders placeholders) {
        this.model = model;
        this.mentions = new CodeMentions(elementsByCode.keySet());
        this.elementsByCode = Map.copyOf(elementsByCode);
        this.tables = tables;
        this.anchors = anchors;
        this.images = images;
        this.placeholders = placeholders;
    }

    public SiteModel model() {
        return model;
    }

    public CodeMentions mentions() {
        return mentions;
    }

    public Optional<Element> elementWithCode(String code) {
        return Optional.ofNullable(elementsByCode.get(code));
    }

    /** The figure a {@code fig:} id names where {@code node} is: its document's own first. */
    public Optional<Figure> figure(Node node, String id) {
        return model.figure(node.getDocument(), id);
    }

    /** Site path of the page that shows a figure, with the figure's anchor. */
    public String uriOf(Figure figure) {
        return anchors.uriOf(figure);
    }

    /** The table a {@code tbl:} id names where {@code node} is: its document's own first. */
    public Optional<NumberedTable> table(Node node, String id) {
        return tables.table(node.getDocument(), id);
    }

    /** Every numbered table, in number order. */
    public List<NumberedTable> tables() {
        return tables.all();
    }

    /** Site path of the page that shows a table, with the table's anchor. */
    public String uriOf(NumberedTable table) {
        return anchors.uriOf(table).orElse(SitePaths.HOME);
    }

    /** The id a heading has on its page: pandoc's, so that links written for pandoc's output still work. */
    public Optional<String> headingId(Heading heading) {
        return anchors.headingId(heading);
    }

    /**
     * Where a link within its document ({@code [text](#heading-id)}) leads now that the document is
     * split into pages: a site path, with an anchor unless the heading became a page of its own.
     */
    public Optional<String> anchorTarget(Link link) {
        return anchors.target(link.getDocument(), anchorId(link));
    }

    /** The anchor a link names, as the heading id is written ({@code %C3%B3} read as {@code ó}). */
    static String anchorId(Link link) {
        String written = link.getUrl().unescape().substring(1);
        try {
            return URLDecoder.decode(written.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return written;
        }
    }

    /** @param image an image, or a reference-style image ({@code ![text][ref]}) */
    public ImageTarget image(Node image) {
        return images.getOrDefault(image, new ImageTarget.Unavailable(image.getChars().toString()));
    }

    /** Local image files to publish with the site. */
    public List<ImageTarget.Local> localImages() {
        return images.values().stream()
                .filter(ImageTarget.Local.class::isInstance)
                .map(ImageTarget.Local.class::cast)
                .distinct()
                .sorted(Comparator.comparing(ImageTarget.Local::sitePath))
                .toList();
    }

    public Placeholders placeholders() {
        return placeholders;
    }

    /**
     * A fragment's text, made by {@code make} the first time it is asked for: search data, open
     * data and page descriptions all need it.
     */
    public String text(Fragment fragment, Function<Fragment, String> make) {
        return texts.computeIfAbsent(fragment, make);
    }
}
