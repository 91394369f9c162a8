package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

import java.util.List;
import java.util.Optional;

/** Where a page stands among the pages of its list, and the pages it links to ({@code <@m.pagination/>}). */
public record Pagination(
        @Doc("this page's number, from 1") int number,
        @Doc("how many pages the list has") int count,
        @Doc("the previous page's path from the site root, when there is one") Optional<String> previous,
        @Doc("the next page's path from the site root, when there is one") Optional<String> next,
        @Doc("the pages to link to, in order: the first, the last and the two on each side of this one")
        List<PageLink> pages) {

    /** A page of the list. */
    public record PageLink(
            @Doc("its number, from 1") int number,
            @Doc("its path from the site root") String uri,
            @Doc("whether pages are left out between the one linked before it and it") boolean afterGap) {
    }
}
