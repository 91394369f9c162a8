package io.github.bmmsite.link;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.ExportedDocument;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.parse.CrossReference;
import io.github.bmmsite.parse.PandocAttributes;
import io.github.bmmsite.parse.PandocNodes;
import io.github.bmmsite.parse.ParsedDocument;
import io.github.bmmsite.source.Placeholders;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the references of every document once, reporting each one that leads nowhere with
 * its file and line: crossrefs to unknown figures, images that are missing or outside the
 * source folder, placeholders without a value, links to anchors no heading, figure or table has.
 */
public final class ReferenceResolver {

    /** A URL scheme ({@code file:}, {@code data:}); one letter is a Windows drive, not a scheme. */
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):");

    private final Path sourceRoot;
    private final Placeholders placeholders;
    private final Diagnostics diagnostics;

    public ReferenceResolver(Path sourceRoot, Placeholders placeholders, Diagnostics diagnostics) {
        this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
        this.placeholders = placeholders;
        this.diagnostics = diagnostics;
    }

    public Links resolve(SiteModel model) {
        Map<String, Element> byCode = new LinkedHashMap<>();
        for (Element element : model.elements()) {
            element.code().ifPresent(code -> byCode.putIfAbsent(code, element));
        }
        Tables tables = numberedTables(model);
        Anchors anchors = new Anchors(model, tables);
        IdentityHashMap<Node, ImageTarget> images = new IdentityHashMap<>();
        for (ExportedDocument exported : model.documents()) {
            ParsedDocument document = exported.document();
            for (Node node : document.ast().getDescendants()) {
                if (node instanceof CrossReference reference) {
                    checkCrossReference(document, reference, model, tables);
                } else if (node instanceof Image image) {
                    images.put(image, imageTarget(document, image, image.getUrl().unescape()));
                } else if (node instanceof ImageRef image && image.isDefined()) {
                    images.put(image, imageTarget(document, image,
                            image.getReferenceNode(document.ast()).getUrl().unescape()));
                } else if (node instanceof Link link && link.getUrl().startsWith("#")) {
                    checkAnchor(document, link, anchors);
                } else if (node instanceof Text && !(node.getParent() instanceof Code)) {
                    checkPlaceholders(document, node);
                }
            }
        }
        return new Links(model, byCode, tables, anchors, images, placeholders);
    }

    /**
     * Tables with a {@code {#tbl:…}} caption, numbered in reading order across the documents; one
     * document giving one id to two tables is an error.
     */
    private Tables numberedTables(SiteModel model) {
        Map<Document, Map<String, NumberedTable>> tables = new IdentityHashMap<>();
        int number = 0;
        for (ExportedDocument exported : model.documents()) {
            ParsedDocument document = exported.document();
            Map<String, NumberedTable> local = new LinkedHashMap<>();
            for (Node node : document.ast().getDescendants()) {
                if (!(node instanceof TableBlock table)) {
                    continue;
                }
                Optional<String> id = PandocNodes.tableCaption(table).flatMap(PandocNodes::captionAttributes)
                        .flatMap(PandocAttributes::id).filter(i -> i.startsWith("tbl:"));
                if (id.isEmpty()) {
                    continue;
                }
                SourceLocation at = document.locationOf(table);
                NumberedTable previous = local.get(id.get());
                if (previous != null) {
                    diagnostics.report(Problem.DUPLICATE_TABLE_ID, at, "the table id '" + id.get()
                            + "' is already used at " + previous.location() + "; table ids must be unique");
                    continue;
                }
                local.put(id.get(), new NumberedTable(id.get(), ++number, table, at));
            }
            tables.put(document.ast(), local);
        }
        return new Tables(tables);
    }

    private void checkCrossReference(ParsedDocument document, CrossReference reference, SiteModel model,
                                     Tables tables) {
        for (String id : reference.ids()) {
            boolean table = id.startsWith("tbl:");
            boolean known = table ? tables.table(document.ast(), id).isPresent()
                    : model.figure(document.ast(), id).isPresent();
            if (!known) {
                diagnostics.report(Problem.UNKNOWN_CROSS_REFERENCE, document.locationOf(reference),
                        "@" + id + " refers to no " + (table ? "table" : "figure")
                                + "; check the id after '#' in the {#" + id + "} attributes");
            }
        }
    }

    /** A link within the document ({@code #heading-id}, as in an exported table of contents). */
    private void checkAnchor(ParsedDocument document, Link link, Anchors anchors) {
        String id = Links.anchorId(link);
        if (anchors.target(document.ast(), id).isEmpty()) {
            diagnostics.report(Problem.UNKNOWN_ANCHOR, document.locationOf(link), "the link to '#" + id
                    + "' leads to no heading, figure or table of this document; the page shows its text without"
                    + " the link (pandoc names a heading by its text: lower case, spaces as hyphens)");
        }
    }

    private void checkPlaceholders(ParsedDocument document, Node text) {
        Matcher matcher = Placeholders.PLACEHOLDER.matcher(text.getChars().unescape());
        while (matcher.find()) {
            if (placeholders.valueOf(matcher.group(1)).isEmpty()) {
                diagnostics.report(Problem.UNRESOLVED_PLACEHOLDER, document.locationOf(text),
                        "the placeholder $" + matcher.group(1) + " has no value; set it in the plugin's <variables>");
            }
        }
    }

    /** @param image an image, or a reference-style image ({@code ![text][ref]}) */
    private ImageTarget imageTarget(ParsedDocument document, Node image, String written) {
        SourceLocation at = document.locationOf(image);
        Matcher scheme = SCHEME.matcher(written);
        if (scheme.lookingAt()) {
            // Remote images too: the pages' Content-Security-Policy loads nothing from other sites.
            return refused(at, written, "a '" + scheme.group(1).toLowerCase(Locale.ROOT)
                    + ":' address is not a file of the source folder; copy the image next to the document");
        }
        Path file;
        try {
            String decoded = URLDecoder.decode(written.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (decoded.startsWith("/") || decoded.startsWith("\\") || Path.of(decoded).isAbsolute()) {
                return refused(at, written, "absolute paths are not published; use a path relative to the document");
            }
            file = document.source().file().path().toAbsolutePath().normalize().resolveSibling(decoded).normalize();
        } catch (IllegalArgumentException e) {
            return refused(at, written, "the path is not valid");
        }
        if (!file.startsWith(sourceRoot)) {
            return refused(at, written, "it is outside the source folder; copy it next to the document");
        }
        if (!Files.isRegularFile(file)) {
            diagnostics.report(Problem.MISSING_IMAGE, at, "the image '" + written
                    + "' does not exist; add the file or fix the path (the page shows a placeholder)");
            return new ImageTarget.Unavailable(written);
        }
        if (!realPath(file).startsWith(realPath(sourceRoot))) {
            return refused(at, written, "it is a link to a file outside the source folder; copy the file instead");
        }
        return new ImageTarget.Local(file, SitePaths.IMAGES + sourceRoot.relativize(file).toString().replace('\\', '/'));
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private ImageTarget refused(SourceLocation at, String written, String why) {
        diagnostics.report(Problem.IMAGE_OUTSIDE_SOURCE, at, "the image '" + written + "' is not published: " + why);
        return new ImageTarget.Unavailable(written);
    }
}
