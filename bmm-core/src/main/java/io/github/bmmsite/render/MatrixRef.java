package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

import java.util.List;

/** An alignment matrix as lists name and link it. */
public record MatrixRef(
        @Doc("the matrix's title") String title,
        @Doc("its page's path from the site root") String uri,
        @Doc("the group whose elements are its rows") GroupRef rowGroup,
        @Doc("the groups whose elements are its columns") List<GroupRef> columnGroups,
        @Doc("how many relations it shows") int relationCount) implements ListEntry {
}
