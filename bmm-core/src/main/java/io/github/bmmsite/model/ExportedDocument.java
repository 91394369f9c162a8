package io.github.bmmsite.model;

import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.parse.ParsedDocument;

import java.util.List;
import java.util.Optional;

/**
 * One document of the source folder, with a page of its own: the text it holds outside its views
 * (a compilation's title, table of contents and prose) and the views it shows, in order.
 *
 * @param ownText its text outside views; empty when all of it is in views
 * @param viewSlugs the views it shows, in reading order
 * @param todo the metadata {@code todo}: the document is a draft
 */
public record ExportedDocument(String slug, String title, ParsedDocument document, Fragment ownText,
                               List<String> viewSlugs, Optional<String> todo, SourceLocation location) {

    public ExportedDocument {
        viewSlugs = List.copyOf(viewSlugs);
    }

    /** Whether it says something besides its views: then the home page lists it. */
    public boolean hasOwnText() {
        return !ownText.blocks().isEmpty();
    }
}
