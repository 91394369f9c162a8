package io.github.bmmsite.model;

import java.util.List;

/**
 * What the architecture model says of a view of the site.
 *
 * @param id the view's id in the model
 * @param folders the folders of the model tree that hold it, outermost first, without the top
 *     folder of views; empty for a view right in that folder
 * @param properties its properties, without the hidden ones
 * @param sections for a view no document exports, its elements by the box they are drawn in; empty
 *     for a view a document exports, whose page lists its elements by the document's groups
 */
public record ModelView(String id, List<String> folders, List<Property> properties, List<ViewSection> sections) {

    public ModelView {
        folders = List.copyOf(folders);
        properties = List.copyOf(properties);
        sections = List.copyOf(sections);
    }
}
