package io.github.bmmsite.render;

import java.util.function.Supplier;

/**
 * A page to render: its path from the site root, its template (by JBake's naming, {@code element.ftl})
 * and its {@code content}.
 */
public record Page(String uri, String template, Supplier<? extends PageContent> contentMaker) {

    /** Made when asked, so that a large site's pages are not all held in memory at once. */
    public PageContent content() {
        return contentMaker.get();
    }
}
