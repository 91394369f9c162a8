package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

/** What every page's {@code content} holds, named as JBake names it. */
public record PageInfo(
        @Doc("the kind of page: index, document, view, group, element, relation, model, matrix, search, open-data, 404, sitemap") String type,
        @Doc("the page's title") String title,
        @Doc("the page's path from the site root") String uri,
        @Doc("\"\" or \"../\": the prefix of every link from this page to another") String rootpath,
        @Doc("always \"published\", as JBake's pages") String status) {
}
