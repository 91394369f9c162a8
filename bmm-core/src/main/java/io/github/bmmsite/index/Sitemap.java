package io.github.bmmsite.index;

import java.util.List;
import java.util.Optional;

/**
 * The entries of {@code sitemap.xml}. Search engines need absolute URLs, which only the site's
 * base URL can give; without it the entries stay relative (and the bake warns).
 */
public final class Sitemap {

    private Sitemap() {
    }

    /** @param pageUris site paths of the HTML pages, in the order they should be listed */
    public static List<String> locations(List<String> pageUris, Optional<String> baseUrl) {
        String base = baseUrl.map(url -> url.endsWith("/") ? url : url + "/").orElse("");
        return pageUris.stream().sorted().map(uri -> base + uri).toList();
    }
}
