package io.github.bmmsite.model;

import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.parse.ParsedDocument;

import java.util.List;
import java.util.Optional;

/**
 * One exported document: an ArchiMate view with its introduction, figure and elements.
 *
 * @param groupNames the groups this view presents, in the order the reader meets them
 * @param elementKeys the elements the document describes, in document order
 * @param todo present when the document is a draft (metadata {@code todo}): the authors' note, empty
 *     when they wrote none
 */
public record View(String slug, String title, ParsedDocument document, Fragment introduction,
                   List<String> groupNames, List<String> elementKeys, Optional<String> todo,
                   SourceLocation location) {

    public View {
        groupNames = List.copyOf(groupNames);
        elementKeys = List.copyOf(elementKeys);
    }
}
