package io.github.bmmsite.model;

import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.parse.ParsedDocument;

import java.util.List;
import java.util.Optional;

/**
 * An ArchiMate view with its introduction, figure and elements: one page however many documents
 * show it. Its text is one document's ({@code version}); documents that show it with another text
 * are kept as {@code otherVersions}.
 *
 * @param label the title as lists show it: told apart from another view of the same title by its
 *     figure's number ("06.3a") or its document's name
 * @param viewId the id of the model's view, the figure id without {@code fig:}; empty for a view
 *     without figure
 * @param version the version whose text the page shows
 * @param otherVersions versions of other documents (or repeated in one) whose text differs, in reading order
 * @param documentSlugs every document that shows the view, in reading order
 * @param groupNames the groups this view presents, in the order the reader meets them
 * @param elementKeys the view's elements: the shown version's in document order, then the others'
 * @param inModel what the architecture model says of it, when it is a view of the model
 */
public record View(String slug, String title, String label, Optional<String> viewId, ViewVersion version,
                   List<ViewVersion> otherVersions, List<String> documentSlugs, List<String> groupNames,
                   List<String> elementKeys, Optional<ModelView> inModel) {

    public View {
        otherVersions = List.copyOf(otherVersions);
        documentSlugs = List.copyOf(documentSlugs);
        groupNames = List.copyOf(groupNames);
        elementKeys = List.copyOf(elementKeys);
    }

    /** The document whose text the page shows. */
    public ParsedDocument document() {
        return version.document();
    }

    /** The shown version's introduction, with the view's figure. */
    public Fragment introduction() {
        return version.introduction();
    }

    /** The metadata {@code todo} of the shown version's document: it is a draft. */
    public Optional<String> todo() {
        return version.todo();
    }

    /** Where the shown version starts. */
    public SourceLocation location() {
        return version.location();
    }

    /** Whether no document exports it: its page is made from the architecture model alone. */
    public boolean onlyInModel() {
        return documentSlugs.isEmpty();
    }

    View with(List<String> groups, List<String> keys) {
        return new View(slug, title, label, viewId, version, otherVersions, documentSlugs, groups, keys, inModel);
    }
}
