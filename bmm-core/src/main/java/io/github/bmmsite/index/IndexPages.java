package io.github.bmmsite.index;

import io.github.bmmsite.engine.Page;
import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.render.OpenDataPage;
import io.github.bmmsite.render.SitePages;
import io.github.bmmsite.render.SitemapPage;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The pages the index stage adds to a site: the sitemap of its pages and the open-data page. Their
 * content is made here, at once, so that the stage's time is its own; their templates render with
 * the other pages.
 */
public final class IndexPages {

    private IndexPages() {
    }

    /**
     * @param openData what the open-data page shows
     * @param messages the open-data page's title
     */
    public static List<Page> of(SitePages site, OpenData openData, Optional<String> baseUrl, Messages messages) {
        List<String> located = Stream.concat(site.pages().stream().map(Page::uri), Stream.of(SitePaths.OPEN_DATA))
                .filter(uri -> !uri.equals(SitePaths.NOT_FOUND) && !uri.equals(SitePaths.SEARCH)).toList();
        SitemapPage sitemap = new SitemapPage(site.page("sitemap", "sitemap", SitePaths.SITEMAP),
                Sitemap.locations(located, baseUrl));
        OpenDataPage openDataPage = openData.page(site.page("open-data", messages.text("openData.title"),
                SitePaths.OPEN_DATA));
        return List.of(new Page(SitePaths.SITEMAP, "sitemap.ftl", () -> sitemap),
                new Page(SitePaths.OPEN_DATA, "datos.ftl", () -> openDataPage));
    }
}
