package io.github.bmmsite.render;

import io.github.bmmsite.cache.FragmentCache;
import io.github.bmmsite.cache.PageCache;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.index.SearchDocuments;
import io.github.bmmsite.index.Sitemap;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.Group;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;
import io.github.bmmsite.write.OutputFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders every page of the site through the templates: home, views, groups, elements and the
 * sitemap. Pages are independent, so they render in parallel; the result keeps a fixed order.
 */
public final class SiteRenderer {

    /** A page to render: its path, its template (by JBake's naming) and its {@code content}. */
    private record Page(String uri, String template, Map<String, Object> content) {
    }

    private final TemplateEngine engine;
    private final Diagnostics diagnostics;
    private final PageCache pageCache;
    private final FragmentCache fragmentCache;

    public SiteRenderer(TemplateEngine engine, Diagnostics diagnostics) {
        this(engine, diagnostics, PageCache.uncached(), FragmentCache.uncached());
    }

    /**
     * @param pageCache renders each page, or keeps its previous output if nothing it shows changed
     * @param fragmentCache the same for the HTML of document fragments
     */
    public SiteRenderer(TemplateEngine engine, Diagnostics diagnostics, PageCache pageCache,
                        FragmentCache fragmentCache) {
        this.engine = engine;
        this.diagnostics = diagnostics;
        this.pageCache = pageCache;
        this.fragmentCache = fragmentCache;
    }

    /**
     * @param config the {@code config} the templates see (site title, language, base URL, …)
     * @return the rendered files; empty if a template failed (the failure is reported)
     */
    public List<OutputFile> render(Links links, Map<String, Object> config, Optional<String> baseUrl) {
        SiteModel model = links.model();
        FragmentRenderer fragments = new FragmentRenderer(links, diagnostics, fragmentCache);
        Map<String, Object> descriptions = model.elements().parallelStream()
                .collect(Collectors.toConcurrentMap(Element::key,
                        e -> TemplateEngine.markup(fragments.render(e.description()))));
        PageModels models = new PageModels(model, links.placeholders(), element -> descriptions.get(element.key()));
        Map<String, Object> data = models.data();

        List<Page> pages = new ArrayList<>();
        pages.add(new Page(SitePaths.HOME, "index.ftl", models.page("index", stringOf(config, "site_title"),
                SitePaths.HOME)));
        for (View view : model.views()) {
            pages.add(new Page(SitePaths.of(view), "view.ftl",
                    models.view(view, TemplateEngine.markup(fragments.render(view.introduction())))));
        }
        for (Group group : model.groups()) {
            pages.add(new Page(SitePaths.of(group), "group.ftl", models.group(group)));
        }
        for (Element element : model.elements()) {
            pages.add(new Page(SitePaths.of(element), "element.ftl", models.element(element)));
        }
        pages.add(new Page(SitePaths.SEARCH, "search.ftl", models.page("search", "Buscar", SitePaths.SEARCH)));
        pages.add(new Page(SitePaths.OPEN_DATA, "datos.ftl",
                models.page("open-data", "Datos abiertos", SitePaths.OPEN_DATA)));
        pages.add(new Page(SitePaths.NOT_FOUND, "404.ftl",
                models.page("404", "Página no encontrada", SitePaths.NOT_FOUND)));
        Map<String, Object> searchData = models.page("search-index", "search-index", SitePaths.SEARCH_DATA);
        searchData.put("documents", SearchDocuments.of(links));
        Map<String, Object> sitemap = models.page("sitemap", "sitemap", SitePaths.SITEMAP);
        sitemap.put("locations", Sitemap.locations(pages.stream().map(Page::uri)
                .filter(uri -> !uri.equals(SitePaths.NOT_FOUND) && !uri.equals(SitePaths.SEARCH)).toList(), baseUrl));
        pages.add(new Page(SitePaths.SITEMAP, "sitemap.ftl", sitemap));
        pages.add(new Page(SitePaths.SEARCH_DATA, "search-index.ftl", searchData));

        List<OutputFile> files = pages.parallelStream()
                .map(page -> renderPage(page, config, data))
                .toList();
        return files.contains(null) ? List.of() : files;
    }

    private OutputFile renderPage(Page page, Map<String, Object> config, Map<String, Object> data) {
        try {
            return new OutputFile.Bytes(page.uri(), pageCache.page(page.uri(), page.template(), page.content(), config,
                    data, root -> engine.render(page.template(), root)));
        } catch (TemplateEngine.TemplateFailure e) {
            // Reported without the page, so that one broken line is one diagnostic, not one per page.
            diagnostics.report(Problem.TEMPLATE_ERROR, e.location(), e.getMessage());
            return null;
        }
    }

    private static String stringOf(Map<String, Object> config, String key) {
        return Objects.toString(config.get(key), "");
    }
}
