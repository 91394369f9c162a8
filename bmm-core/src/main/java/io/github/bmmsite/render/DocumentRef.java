package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

/** A document as lists name and link it. */
public record DocumentRef(
        @Doc("the document's title") String title,
        @Doc("its page's path from the site root") String uri,
        @Doc("whether it has text of its own outside its views") boolean ownText) implements ListEntry {
}
