package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

/** A group as lists name and link it. */
public record GroupRef(
        @Doc("the group's name") String name,
        @Doc("its page's path from the site root") String uri,
        @Doc("how many elements it has") int size) implements ListEntry {
}
