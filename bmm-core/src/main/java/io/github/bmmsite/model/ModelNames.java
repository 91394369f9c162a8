package io.github.bmmsite.model;

import java.util.Optional;

/**
 * What the architecture model ({@code bmm.model}) says a heading names, for telling elements,
 * groups and sections of a document apart. Names are compared as {@link NameKey} compares them.
 */
public interface ModelNames {

    /** What a heading's text names in the model. */
    enum Naming { ELEMENT, GROUPING, NOTHING }

    /**
     * @param headingText the heading as written, placeholders not yet filled
     * @param viewId the id of the model view the heading's document section shows, if it has a figure
     */
    Naming naming(String headingText, Optional<String> viewId);
}
