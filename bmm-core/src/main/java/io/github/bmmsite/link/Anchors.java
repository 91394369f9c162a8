package io.github.bmmsite.link;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.model.ExportedDocument;
import io.github.bmmsite.model.Figure;
import io.github.bmmsite.model.Placements;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.parse.HeadingIds;
import io.github.bmmsite.parse.PandocNodes;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the anchors of each document now live. A document was written as one page, so its links
 * say {@code #heading-id}; the site splits it into pages: an element heading became its element
 * page, a group heading its group page, a view's heading the view page, a compilation's title its
 * document page, and any other heading keeps its pandoc id on the page that shows it (after a
 * prefix when it is shown beside another text on that page).
 */
final class Anchors {

    private final SiteModel model;
    private final Tables tables;
    private final Map<Heading, String> headingIds = new IdentityHashMap<>();
    private final Map<Document, Map<String, String>> targets = new IdentityHashMap<>();

    Anchors(SiteModel model, Tables tables) {
        this.model = model;
        this.tables = tables;
        Placements placements = model.placements();
        for (ExportedDocument exported : model.documents()) {
            Document document = exported.document().ast();
            Map<String, String> byId = new HashMap<>();
            HeadingIds.of(document).forEach((heading, id) -> {
                Optional<Placements.Placement> shownIn = placements.ofNode(heading);
                String shownId = shownIn.map(Placements.Placement::anchorPrefix).orElse("") + id;
                headingIds.put(heading, shownId);
                placements.ofHeading(heading).flatMap(this::uriOf)
                        .or(() -> shownIn.flatMap(this::uriOf).map(page -> page + "#" + shownId))
                        .ifPresent(uri -> byId.putIfAbsent(id, uri));
                placements.ofHeading(heading).filter(p -> p.page() == Placements.Page.VIEW).flatMap(this::uriOf)
                        // A table of contents may name a view without the export's "(view)" mark, as its page does.
                        .ifPresent(uri -> byId.putIfAbsent(HeadingIds.identifier(
                                PandocNodes.withoutViewMark(PandocNodes.plainText(heading))), uri));
            });
            targets.put(document, byId);
        }
    }

    Optional<String> headingId(Heading heading) {
        return Optional.ofNullable(headingIds.get(heading));
    }

    /** The site path an anchor of a document leads to: a heading of that document, a figure or a table. */
    Optional<String> target(Document document, String id) {
        return Optional.ofNullable(targets.getOrDefault(document, Map.of()).get(id))
                .or(() -> model.figure(document, id).map(this::uriOf))
                .or(() -> tables.table(document, id).flatMap(this::uriOf));
    }

    /** The page that shows a figure, with the figure's anchor. */
    String uriOf(Figure figure) {
        return pageOf(figure.image()).or(() -> figure.viewSlug().flatMap(model::view).map(SitePaths::of))
                .orElse(SitePaths.HOME) + "#" + figure.id();
    }

    /** The page that shows a table, with the table's anchor. */
    Optional<String> uriOf(NumberedTable table) {
        return pageOf(table.table()).map(page -> page + "#" + table.id());
    }

    /** The site path of the page that shows a node of a document. */
    private Optional<String> pageOf(Node node) {
        return model.placements().ofNode(node).flatMap(this::uriOf);
    }

    private Optional<String> uriOf(Placements.Placement placement) {
        return switch (placement.page()) {
            case DOCUMENT -> model.document(placement.id()).map(SitePaths::of);
            case VIEW -> model.view(placement.id()).map(SitePaths::of);
            case GROUP -> model.group(placement.id()).map(SitePaths::of);
            case ELEMENT -> model.element(placement.id()).map(SitePaths::of);
        };
    }
}
