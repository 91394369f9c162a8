package io.github.bmmsite.cache;

import java.util.List;

/**
 * What the incremental bake saved.
 *
 * @param upToDate nothing changed since the previous bake, so nothing was rendered nor written
 * @param renderedPages the pages rendered through their templates, by site path, sorted
 * @param reused how many pages kept their previous output, because nothing they show changed
 */
public record CacheReport(boolean upToDate, List<String> renderedPages, int reused) {

    public CacheReport {
        renderedPages = List.copyOf(renderedPages);
    }

    public int rendered() {
        return renderedPages.size();
    }
}
