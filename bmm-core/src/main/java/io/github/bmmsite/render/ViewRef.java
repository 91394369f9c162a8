package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

/** A view as lists name and link it. */
public record ViewRef(
        @Doc("the view's label, which tells apart two views of one title") String title,
        @Doc("its page's path from the site root") String uri) implements ListEntry {
}
