package io.github.bmmsite.engine;

import java.util.function.Supplier;

/**
 * A page to render: its path from the site root, its template (by JBake's naming, {@code element.ftl})
 * and its {@code content}: a record that {@link TemplateData} turns into what the template reads.
 */
public record Page(String uri, String template, Supplier<? extends Record> contentMaker) {

    /** Made when asked, so that a large site's pages are not all held in memory at once. */
    public Record content() {
        return contentMaker.get();
    }
}
