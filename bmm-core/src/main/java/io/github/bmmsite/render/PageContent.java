package io.github.bmmsite.render;

/** What a template receives as {@code content}: one record per kind of page. */
public sealed interface PageContent permits SimplePage, DocumentPage, ViewPage, GroupPage, ElementPage, RelationPage,
        ModelPage, MatrixPage, ListPage, SitemapPage, OpenDataPage {

    /** The variables every page has. */
    PageInfo page();
}
