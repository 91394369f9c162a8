package io.github.bmmsite.render;

import io.github.bmmsite.cache.FragmentCache;
import io.github.bmmsite.cache.PageCache;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagram.ViewDiagrams;
import io.github.bmmsite.index.MatrixSearchDocuments;
import io.github.bmmsite.index.SearchDocuments;
import io.github.bmmsite.index.Sitemap;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.AlignmentMatrix;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.Fragment;
import io.github.bmmsite.model.Group;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;
import io.github.bmmsite.write.OutputFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes every page of the site (home, views, groups, elements, search, sitemap, …) with its
 * {@code content}, and has the {@link PageEngine} render them; the result keeps a fixed order.
 */
public final class SiteRenderer {

    private final PageEngine engine;
    private final Diagnostics diagnostics;
    private final FragmentCache fragmentCache;

    /** @param fragmentCache renders the HTML of document fragments, or keeps it if nothing it shows changed */
    public SiteRenderer(PageEngine engine, Diagnostics diagnostics, FragmentCache fragmentCache) {
        this.engine = engine;
        this.diagnostics = diagnostics;
        this.fragmentCache = fragmentCache;
    }

    /** Renders every page and fragment with the built-in engine. */
    public SiteRenderer(TemplateEngine engine, Diagnostics diagnostics) {
        this(new FreemarkerPageEngine(engine, PageCache.uncached()), diagnostics, FragmentCache.uncached());
    }

    /**
     * @param config the {@code config} the templates see (site title, language, base URL, …)
     * @return the rendered files; empty if a template failed (the failure is reported)
     */
    public List<OutputFile> render(Links links, Map<String, Object> config, Optional<String> baseUrl) {
        SiteModel model = links.model();
        FragmentRenderer fragments = new FragmentRenderer(links, diagnostics, fragmentCache);
        Map<Fragment, Object> descriptions = model.elements().stream()
                .flatMap(SiteRenderer::descriptionsOf)
                .distinct()
                .parallel()
                .collect(Collectors.toConcurrentMap(Function.identity(),
                        fragment -> TemplateEngine.markup(fragments.render(fragment))));
        PageModels models = new PageModels(model, links.placeholders(), descriptions::get);
        TraceabilityModels traceability = new TraceabilityModels(model, models,
                TraceabilityModels.matrices(model, diagnostics));
        Map<String, Object> data = models.data();
        data.put("matrices", traceability.refs());

        List<Page> pages = new ArrayList<>();
        pages.add(new Page(SitePaths.HOME, "index.ftl", models.page("index", stringOf(config, "site_title"),
                SitePaths.HOME)));
        DiagramModels diagrams = new DiagramModels(links, fragments);
        for (View view : model.views()) {
            Map<String, Object> content = models.view(view, TemplateEngine.markup(fragments.render(view.introduction())));
            ViewDiagrams.of(model, view).ifPresent(drawings -> content.put("diagram", diagrams.of(view, drawings)));
            pages.add(new Page(SitePaths.of(view), "view.ftl", content));
        }
        for (Group group : model.groups()) {
            Map<String, Object> content = models.group(group);
            traceability.addTo(content, group);
            pages.add(new Page(SitePaths.of(group), "group.ftl", content));
        }
        for (Element element : model.elements()) {
            Map<String, Object> content = models.element(element);
            traceability.addTo(content, element);
            pages.add(new Page(SitePaths.of(element), "element.ftl", content));
        }
        for (AlignmentMatrix matrix : traceability.all()) {
            pages.add(new Page(SitePaths.of(matrix), "matrix.ftl", traceability.page(matrix)));
        }
        pages.add(new Page(SitePaths.SEARCH, "search.ftl", models.page("search", "Buscar", SitePaths.SEARCH)));
        pages.add(new Page(SitePaths.OPEN_DATA, "datos.ftl",
                models.page("open-data", "Datos abiertos", SitePaths.OPEN_DATA)));
        pages.add(new Page(SitePaths.NOT_FOUND, "404.ftl",
                models.page("404", "Página no encontrada", SitePaths.NOT_FOUND)));
        Map<String, Object> searchData = models.page("search-index", "search-index", SitePaths.SEARCH_DATA);
        List<Map<String, Object>> documents = new ArrayList<>(SearchDocuments.of(links));
        documents.addAll(MatrixSearchDocuments.of(traceability.all()));
        searchData.put("documents", documents);
        Map<String, Object> sitemap = models.page("sitemap", "sitemap", SitePaths.SITEMAP);
        sitemap.put("locations", Sitemap.locations(pages.stream().map(Page::uri)
                .filter(uri -> !uri.equals(SitePaths.NOT_FOUND) && !uri.equals(SitePaths.SEARCH)).toList(), baseUrl));
        pages.add(new Page(SitePaths.SITEMAP, "sitemap.ftl", sitemap));
        pages.add(new Page(SitePaths.SEARCH_DATA, "search-index.ftl", searchData));

        return engine.render(pages, config, data, diagnostics);
    }

    /** Every text shown for an element: its description and what other views say differently. */
    private static Stream<Fragment> descriptionsOf(Element element) {
        return Stream.concat(Stream.of(element.description()),
                element.otherDescriptions().stream().map(Element.OtherDescription::description));
    }

    private static String stringOf(Map<String, Object> config, String key) {
        return Objects.toString(config.get(key), "");
    }
}
