package io.github.bmmsite.index;

import io.github.bmmsite.engine.Page;
import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.render.SearchIndexPage;
import io.github.bmmsite.render.SitePages;
import io.github.bmmsite.render.SitemapPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages the index stage adds to a site: the sitemap of its pages and the search data. Their
 * content is made here, at once, so that the stage's time is its own; their templates render with
 * the other pages.
 */
public final class IndexPages {

    private IndexPages() {
    }

    /** @param messages the words of the search data (kinds of page, type names, counts) */
    public static List<Page> of(SitePages site, Links links, Optional<String> baseUrl, Messages messages) {
        List<String> located = site.pages().stream().map(Page::uri)
                .filter(uri -> !uri.equals(SitePaths.NOT_FOUND) && !uri.equals(SitePaths.SEARCH)).toList();
        SitemapPage sitemap = new SitemapPage(site.page("sitemap", "sitemap", SitePaths.SITEMAP),
                Sitemap.locations(located, baseUrl));
        List<Map<String, Object>> documents = new ArrayList<>(SearchDocuments.of(links, messages));
        documents.addAll(MatrixSearchDocuments.of(site.matrices(), messages));
        SearchIndexPage searchData = new SearchIndexPage(
                site.page("search-index", "search-index", SitePaths.SEARCH_DATA), documents);
        return List.of(new Page(SitePaths.SITEMAP, "sitemap.ftl", () -> sitemap),
                new Page(SitePaths.SEARCH_DATA, "search-index.ftl", () -> searchData));
    }
}
