package io.github.bmmsite.cache;

import java.util.List;

/**
 * What the incremental bake saved.
 *
 * @param upToDate nothing changed since the previous bake, so nothing was rendered nor written
 * @param renderedPages the pages rendered through their templates, by site path, sorted
 * @param reused how many pages kept their previous output, because nothing they show changed
 * @param fragmentsRendered how many document fragments (descriptions, introductions) became HTML;
 *     0 when the cache is off, as fragments are then not counted
 * @param fragmentsReused how many fragments kept the HTML of the previous bake
 */
public record CacheReport(boolean upToDate, List<String> renderedPages, int reused, int fragmentsRendered,
                          int fragmentsReused) {

    public CacheReport {
        renderedPages = List.copyOf(renderedPages);
    }

    public int rendered() {
        return renderedPages.size();
    }
}
