package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

import java.util.Optional;

/** What every page's {@code content} holds, named as JBake names it. */
public record PageInfo(
        @Doc("the kind of page: index, document, view, group, element, relation, model, matrix, search, open-data, site-map, 404, sitemap") String type,
        @Doc("the page's title") String title,
        @Doc("the page's path from the site root") String uri,
        @Doc("\"\" or \"../\": the prefix of every link from this page to another") String rootpath,
        @Doc("always \"published\", as JBake's pages") String status,
        @Doc("when the page was published and last updated: from its documents' date, else project.build.outputTimestamp;"
                + " a page made from no document has the site's; absent when neither is known") Optional<PageDates> dates,
        @Doc("the draft notice, when a document the page is made from is a draft (the home page: when a view is)")
        Optional<Draft> draft) {
}
