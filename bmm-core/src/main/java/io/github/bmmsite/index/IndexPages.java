package io.github.bmmsite.index;

import io.github.bmmsite.engine.Page;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.render.SitePages;
import io.github.bmmsite.render.SitemapPage;

import java.util.List;
import java.util.Optional;

/**
 * The pages the index stage adds to a site: the sitemap of its pages. Their content is made here,
 * at once, so that the stage's time is its own; their templates render with the other pages.
 */
public final class IndexPages {

    private IndexPages() {
    }

    public static List<Page> of(SitePages site, Optional<String> baseUrl) {
        List<String> located = site.pages().stream().map(Page::uri)
                .filter(uri -> !uri.equals(SitePaths.NOT_FOUND) && !uri.equals(SitePaths.SEARCH)).toList();
        SitemapPage sitemap = new SitemapPage(site.page("sitemap", "sitemap", SitePaths.SITEMAP),
                Sitemap.locations(located, baseUrl));
        return List.of(new Page(SitePaths.SITEMAP, "sitemap.ftl", () -> sitemap));
    }
}
