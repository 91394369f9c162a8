package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

import java.util.Optional;

/** A view as lists name and link it. */
public record ViewRef(
        @Doc("the view's label, which tells apart two views of one title") String title,
        @Doc("its page's path from the site root") String uri,
        @Doc("its drawing in small (an SVG file of boxes and lines, no text), when it has a drawing")
        Optional<String> thumbnail) implements ListEntry {
}
