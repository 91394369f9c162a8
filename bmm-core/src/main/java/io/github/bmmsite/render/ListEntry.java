package io.github.bmmsite.render;

/** An entry of a {@link ListPage}: what the list of its kind names and links. */
public sealed interface ListEntry permits DocumentRef, ViewRef, GroupRef, MatrixRef, ViewPage.ListedElement {
}
