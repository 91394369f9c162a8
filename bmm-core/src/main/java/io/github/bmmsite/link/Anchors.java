package io.github.bmmsite.link;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.model.Figure;
import io.github.bmmsite.model.ModelAssembler;
import io.github.bmmsite.model.Placements;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;
import io.github.bmmsite.parse.HeadingIds;
import io.github.bmmsite.parse.PandocNodes;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the anchors of each document now live. A document was written as one page, so its links
 * say {@code #heading-id}; the site splits it into pages: an element heading became its element
 * page, a group heading its group page, the title the view page, and any other heading keeps its
 * pandoc id on the page that shows it.
 */
final class Anchors {

    private final Map<Heading, String> headingIds = new IdentityHashMap<>();
    private final Map<Document, Map<String, String>> targets = new IdentityHashMap<>();
    private final Map<String, String> labelled = new HashMap<>();

    Anchors(SiteModel model, Map<String, Figure> figures, Map<String, NumberedTable> tables) {
        Placements placements = model.placements();
        for (View view : model.views()) {
            Document document = view.document().ast();
            Map<String, String> byId = new HashMap<>();
            HeadingIds.of(document).forEach((heading, id) -> {
                headingIds.put(heading, id);
                placements.ofHeading(heading).flatMap(p -> uriOf(model, p))
                        .or(() -> pageOf(model, heading).map(page -> page + "#" + id))
                        .ifPresent(uri -> byId.putIfAbsent(id, uri));
            });
            view.document().ast().getChildren().forEach(block -> {
                if (block instanceof Heading title && placements.ofHeading(title).filter(p -> p.page() == Placements.Page.VIEW)
                        .isPresent()) {
                    // A table of contents may name the view without the export's "(view)" mark, as its page does.
                    byId.putIfAbsent(HeadingIds.identifier(ModelAssembler.withoutViewMark(PandocNodes.plainText(title))),
                            SitePaths.of(view));
                }
            });
            targets.put(document, byId);
        }
        figures.values().forEach(figure -> labelled.put(figure.id(), pageOf(model, figure.image())
                .or(() -> model.view(figure.viewSlug()).map(SitePaths::of)).orElse(SitePaths.HOME) + "#" + figure.id()));
        tables.values().forEach(table -> pageOf(model, table.table())
                .ifPresent(page -> labelled.put(table.id(), page + "#" + table.id())));
    }

    Optional<String> headingId(Heading heading) {
        return Optional.ofNullable(headingIds.get(heading));
    }

    /** The site path an anchor of a document leads to: a heading of that document, a figure or a table. */
    Optional<String> target(Document document, String id) {
        return Optional.ofNullable(targets.getOrDefault(document, Map.of()).get(id))
                .or(() -> Optional.ofNullable(labelled.get(id)));
    }

    /** The site path of the page that shows a node of a document. */
    static Optional<String> pageOf(SiteModel model, Node node) {
        return model.placements().ofNode(node).flatMap(p -> uriOf(model, p));
    }

    private static Optional<String> uriOf(SiteModel model, Placements.Placement placement) {
        return switch (placement.page()) {
            case VIEW -> model.view(placement.id()).map(SitePaths::of);
            case GROUP -> model.group(placement.id()).map(SitePaths::of);
            case ELEMENT -> model.element(placement.id()).map(SitePaths::of);
        };
    }
}
