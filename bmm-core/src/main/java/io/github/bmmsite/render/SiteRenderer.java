package io.github.bmmsite.render;

import freemarker.template.TemplateModel;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Renders every page of the site through the templates: home, views, groups, elements, and the
 * index files (sitemap, search data). Pages are independent, so they render in parallel; each is
 * handed on as soon as it is rendered, and its {@code content} is made just before, so that a
 * large site is never held in memory as a whole.
 */
public final class SiteRenderer {

    /** A page to render: its path, its template (by JBake's naming) and its {@code content}. */
    public record Page(String uri, String template, Map<String, Object> content) {
    }

    /** A page whose {@code content} is made when it is rendered. */
    private record Plan(String uri, String template, Supplier<Map<String, Object>> content) {
        Page page() {
            return new Page(uri, template, content.get());
        }
    }

    private final TemplateEngine engine;
    private final Diagnostics diagnostics;

    public SiteRenderer(TemplateEngine engine, Diagnostics diagnostics) {
        this.engine = engine;
        this.diagnostics = diagnostics;
    }

    /**
     * Renders the whole site into memory, pages first, in a fixed order.
     *
     * @param config the {@code config} the templates see (site title, language, base URL, …)
     * @return the rendered files; empty if a template failed (the failure is reported)
     */
    public List<OutputFile> render(Links links, Map<String, Object> config, Optional<String> baseUrl) {
        Site site = site(links, config, baseUrl);
        Map<String, OutputFile> files = Collections.synchronizedMap(new LinkedHashMap<>());
        boolean pages = site.renderPages(file -> files.put(file.sitePath(), file));
        boolean indexes = site.renderIndexes(file -> files.put(file.sitePath(), file));
        if (!pages || !indexes) {
            return List.of();
        }
        return site.uris().stream().map(files::get).toList();
    }

    /**
     * Prepares a site for rendering: renders every element's description once (they appear on
     * several pages) and makes the {@code data} all pages share.
     */
    public Site site(Links links, Map<String, Object> config, Optional<String> baseUrl) {
        return new Site(links, config, baseUrl);
    }

    /** The pages of one bake, rendered in two steps: the pages people read, then the index files. */
    public final class Site {

        private final Links links;
        private final Map<String, Object> config;
        private final TemplateModel sharedConfig;
        private final TemplateModel sharedData;
        private final Optional<String> baseUrl;
        private final FragmentRenderer fragments;
        private final PageModels models;
        private final List<Plan> pages;

        private Site(Links links, Map<String, Object> config, Optional<String> baseUrl) {
            this.links = links;
            this.config = config;
            this.baseUrl = baseUrl;
            SiteModel model = links.model();
            this.fragments = new FragmentRenderer(links, diagnostics);
            Map<String, Object> descriptions = model.elements().parallelStream()
                    .collect(Collectors.toConcurrentMap(Element::key,
                            e -> TemplateEngine.markup(fragments.render(e.description()))));
            this.models = new PageModels(model, links, element -> descriptions.get(element.key()));
            this.sharedConfig = engine.shared(config);
            this.sharedData = engine.shared(models.data());
            this.pages = plans(model);
        }

        private List<Plan> plans(SiteModel model) {
            List<Plan> plans = new ArrayList<>();
            plans.add(new Plan(SitePaths.HOME, "index.ftl",
                    () -> models.page("index", stringOf(config, "site_title"), SitePaths.HOME)));
            for (View view : model.views()) {
                plans.add(new Plan(SitePaths.of(view), "view.ftl",
                        () -> models.view(view, TemplateEngine.markup(fragments.render(view.introduction())))));
            }
            for (Group group : model.groups()) {
                plans.add(new Plan(SitePaths.of(group), "group.ftl", () -> models.group(group)));
            }
            for (Element element : model.elements()) {
                plans.add(new Plan(SitePaths.of(element), "element.ftl", () -> models.element(element)));
            }
            plans.add(new Plan(SitePaths.SEARCH, "search.ftl", () -> models.page("search", "Buscar", SitePaths.SEARCH)));
            plans.add(new Plan(SitePaths.OPEN_DATA, "datos.ftl",
                    () -> models.page("open-data", "Datos abiertos", SitePaths.OPEN_DATA)));
            plans.add(new Plan(SitePaths.NOT_FOUND, "404.ftl",
                    () -> models.page("404", "Página no encontrada", SitePaths.NOT_FOUND)));
            return plans;
        }

        private List<Plan> indexes() {
            List<String> located = pages.stream().map(Plan::uri)
                    .filter(uri -> !uri.equals(SitePaths.NOT_FOUND) && !uri.equals(SitePaths.SEARCH)).toList();
            return List.of(
                    new Plan(SitePaths.SITEMAP, "sitemap.ftl", () -> {
                        Map<String, Object> sitemap = models.page("sitemap", "sitemap", SitePaths.SITEMAP);
                        sitemap.put("locations", Sitemap.locations(located, baseUrl));
                        return sitemap;
                    }),
                    new Plan(SitePaths.SEARCH_DATA, "search-index.ftl", () -> {
                        Map<String, Object> search = models.page("search-index", "search-index", SitePaths.SEARCH_DATA);
                        search.put("documents", SearchDocuments.of(links));
                        return search;
                    }));
        }

        /** Site paths of every file this site renders, pages first. */
        List<String> uris() {
            List<String> uris = new ArrayList<>(pages.stream().map(Plan::uri).toList());
            indexes().forEach(plan -> uris.add(plan.uri()));
            return uris;
        }

        /**
         * Renders the pages (home, views, groups, elements, search, open data, 404), handing each
         * file to {@code sink} from the rendering threads.
         *
         * @return false if a template failed (reported); files may have been handed on before
         */
        public boolean renderPages(Consumer<OutputFile> sink) {
            return render(pages, sink);
        }

        /** Renders {@code sitemap.xml} and {@code search-index.js}, like {@link #renderPages}. */
        public boolean renderIndexes(Consumer<OutputFile> sink) {
            return render(indexes(), sink);
        }

        /**
         * Every page is rendered even after a failure, so that each broken template is reported
         * whatever the order the threads take pages in.
         */
        private boolean render(List<Plan> plans, Consumer<OutputFile> sink) {
            AtomicBoolean failed = new AtomicBoolean();
            plans.parallelStream().forEach(plan -> {
                Optional<OutputFile> file = renderPage(plan.page(), sharedConfig, sharedData);
                if (file.isEmpty()) {
                    failed.set(true);
                } else if (!failed.get()) {
                    sink.accept(file.get());
                }
            });
            return !failed.get();
        }
    }

    private Optional<OutputFile> renderPage(Page page, TemplateModel config, TemplateModel data) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("content", page.content());
        root.put("config", config);
        root.put("data", data);
        try {
            return Optional.of(new OutputFile.Bytes(page.uri(), engine.render(page.template(), root)));
        } catch (TemplateEngine.TemplateFailure e) {
            // Reported without the page, so that one broken line is one diagnostic, not one per page.
            diagnostics.report(Problem.TEMPLATE_ERROR, e.location(), e.getMessage());
            return Optional.empty();
        }
    }

    private static String stringOf(Map<String, Object> config, String key) {
        return Objects.toString(config.get(key), "");
    }
}
