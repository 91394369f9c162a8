package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.Inline;

import java.util.List;
import java.util.Optional;

/**
 * {@code list.ftl}: a page of a list that another page shows only the beginning of: every document,
 * view, group, matrix or element of the site (the home page's lists), a view's elements in no group,
 * or the matrices a group's elements take part in. A list of more entries than a page shows ({@code bmm.pageSize}) has a page for each slice.
 */
public record ListPage(
        @Inline PageInfo page,
        @Doc("what it lists: documents, views, groups, matrices, elements, or otherElements (a view's elements in no group)")
        String kind,
        @Doc("how many entries the whole list has") int size,
        @Doc("the breadcrumbs before the page (the view or the group whose list it is)") List<ViewPage.Step> trail,
        @Doc("a summary of the page in plain text, for its meta description") String description,
        @Doc("its entries on this page: documents, views, groups, matrices, or elements each with those drawn inside it on the view")
        List<ListEntry> entries,
        @Doc("the other pages of the list, when it takes more than one") Optional<Pagination> pagination)
        implements PageContent {
}
