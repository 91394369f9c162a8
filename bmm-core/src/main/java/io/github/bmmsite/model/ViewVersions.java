package io.github.bmmsite.model;

import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.parse.ParsedDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The views of every document, one per view however many documents show it: a newer export of a
 * view beside the older one, a compilation that repeats a view exported on its own. A view is
 * identified by its figure id (a view without figure by its document and heading). Its page shows
 * the text of a document that exports that view alone rather than of a compilation, and among
 * those the last in file-name order (export names are numbered); the other versions whose text
 * differs are kept, and noted.
 */
final class ViewVersions {

    /** A view as one document shows it. */
    record Occurrence(DocumentStructure structure, DocumentStructure.ViewSection section) {

        ParsedDocument document() {
            return structure.document();
        }

        SourceLocation location() {
            return section.heading().map(h -> (Node) h).or(() -> section.figure().map(f -> (Node) f))
                    .map(node -> document().locationOf(node))
                    .orElseGet(() -> SourceLocation.of(document().source().file().displayPath()));
        }

        /** Whether its document shows no other view (it may show this one twice). */
        boolean aloneInDocument() {
            return structure.views().stream().map(s -> id(structure, s)).distinct().count() == 1;
        }
    }

    /**
     * One view of the site.
     *
     * @param all every occurrence, in reading order
     * @param differing the occurrences besides the shown one whose text differs from it, in reading order
     */
    record SharedView(Occurrence shown, List<Occurrence> all, List<Occurrence> differing) {

        /** Where an occurrence is among the differing ones (the same one, not an equal one), or -1. */
        int positionAmongDiffering(Occurrence occurrence) {
            for (int i = 0; i < differing.size(); i++) {
                if (differing.get(i) == occurrence) {
                    return i;
                }
            }
            return -1;
        }

        /** The shown occurrence first, then the others in reading order. */
        List<Occurrence> inReadingOrderShownFirst() {
            List<Occurrence> ordered = new ArrayList<>(List.of(shown));
            all.stream().filter(o -> o != shown).forEach(ordered::add);
            return ordered;
        }
    }

    private ViewVersions() {
    }

    /** The site's views in the order their first occurrence is read, each with its versions. */
    static List<SharedView> of(List<DocumentStructure> structures, Diagnostics diagnostics) {
        Map<String, List<Occurrence>> byId = new LinkedHashMap<>();
        for (DocumentStructure structure : structures) {
            for (DocumentStructure.ViewSection section : structure.views()) {
                String id = id(structure, section);
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new Occurrence(structure, section));
            }
        }
        List<SharedView> views = new ArrayList<>();
        for (List<Occurrence> occurrences : byId.values()) {
            Occurrence shown = shown(occurrences);
            String shownText = text(shown);
            List<Occurrence> differing = new ArrayList<>();
            for (Occurrence occurrence : occurrences) {
                if (occurrence == shown) {
                    continue;
                }
                boolean sameDocument = occurrence.document() == shown.document();
                Occurrence first = occurrences.stream().filter(o -> o.document() == occurrence.document()).findFirst()
                        .orElseThrow();
                if (first != occurrence) {
                    diagnostics.report(Problem.VIEW_REPEATED, occurrence.location(), "this document shows the view"
                            + " again (first at " + first.location() + "); both are read as one view");
                }
                if (!text(occurrence).equals(shownText)) {
                    differing.add(occurrence);
                    if (!sameDocument) {
                        diagnostics.report(Problem.VIEW_VERSIONS_DIFFER, occurrence.location(), "this view is also"
                                + " shown by " + shown.location() + " with another text; its page shows that text"
                                + (shown.aloneInDocument() ? ", of the last export of the view alone," : "")
                                + " and this one under 'Otras versiones'");
                    }
                }
            }
            views.add(new SharedView(shown, List.copyOf(occurrences), List.copyOf(differing)));
        }
        return views;
    }

    /** A view is its figure id; a view without figure is its heading, of one document. */
    private static String id(DocumentStructure structure, DocumentStructure.ViewSection section) {
        return section.viewId().orElseGet(() -> structure.document().source().file().path() + "#"
                + section.heading().map(h -> String.valueOf(h.getStartOffset())).orElse("top"));
    }

    /**
     * The occurrence whose text the page shows: of the documents that export the view alone, else of
     * all, the last in file-name order (its first occurrence there).
     */
    private static Occurrence shown(List<Occurrence> occurrences) {
        List<Occurrence> alone = occurrences.stream().filter(Occurrence::aloneInDocument).toList();
        List<Occurrence> candidates = alone.isEmpty() ? occurrences : alone;
        ParsedDocument last = candidates.get(candidates.size() - 1).document();
        return candidates.stream().filter(o -> o.document() == last).findFirst().orElseThrow();
    }

    /** What a version says, its figure aside (whose caption carries the export's number). */
    private static String text(Occurrence occurrence) {
        DocumentStructure.ViewSection section = occurrence.section();
        List<Node> blocks = new ArrayList<>(section.introduction());
        section.figure().ifPresent(blocks::remove);
        for (DocumentStructure.Entry entry : section.entries()) {
            blocks.add(entry.heading());
            blocks.addAll(entry.body());
        }
        return DescriptionText.of(new Fragment(occurrence.document(), blocks));
    }
}
