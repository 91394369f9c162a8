package io.github.bmmsite.render;

import freemarker.template.TemplateModel;
import io.github.bmmsite.engine.FreemarkerPageEngine;
import io.github.bmmsite.engine.Page;
import io.github.bmmsite.engine.PageEngine;
import io.github.bmmsite.engine.TemplateEngine;
import io.github.bmmsite.html.FragmentCache;
import io.github.bmmsite.engine.PageCache;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagram.ViewDiagrams;
import io.github.bmmsite.html.FragmentRenderer;
import io.github.bmmsite.html.UnsafeMarkup;
import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.AlignmentMatrix;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.ExportedDocument;
import io.github.bmmsite.model.Fragment;
import io.github.bmmsite.model.Group;
import io.github.bmmsite.model.Relation;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;
import io.github.bmmsite.write.OutputFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes every page of the site (home, documents, views, groups, elements, matrices, search, …) with
 * its {@code content}, and has the {@link PageEngine} render them with the index stage's pages; the
 * result keeps a fixed order.
 */
public final class SiteRenderer {

    /**
     * Fifty members with their descriptions keep a group page of the export's usual texts under 200 KB;
     * fifty names are a list one still scans.
     */
    public static final int DEFAULT_PAGE_SIZE = 50;

    private final PageEngine engine;
    private final Diagnostics diagnostics;
    private final FragmentCache fragmentCache;
    private final Messages messages;
    private final int pageSize;

    /**
     * @param fragmentCache renders the HTML of document fragments, or keeps it if nothing it shows changed
     * @param messages the words of the site, which templates read as {@code data.messages}
     * @param pageSize how many entries a page of a list shows at most: more take more pages
     */
    public SiteRenderer(PageEngine engine, Diagnostics diagnostics, FragmentCache fragmentCache, Messages messages,
                        int pageSize) {
        this.engine = engine;
        this.diagnostics = diagnostics;
        this.fragmentCache = fragmentCache;
        this.messages = messages;
        this.pageSize = pageSize;
    }

    /** Renders every page and fragment with the built-in engine, in Spanish, in pages of the default size. */
    public SiteRenderer(TemplateEngine engine, Diagnostics diagnostics) {
        this(new FreemarkerPageEngine(engine, PageCache.uncached()), diagnostics, FragmentCache.uncached(),
                Messages.builtIn(Messages.DEFAULT_LANGUAGE), DEFAULT_PAGE_SIZE);
    }

    /**
     * The pages of the site, each with the maker of its {@code content}, which runs just before the
     * page renders, so a large site is never held in memory as a whole. The HTML of document text
     * is made here, once per fragment.
     *
     * @param config the {@code config} the templates see (site title, language, base URL, …)
     * @param dates the dates of the documents and of the site, which pages show
     */
    public SitePages pages(Links links, Map<String, Object> config, SiteDates dates) {
        SiteModel model = links.model();
        UnsafeMarkup unsafe = new UnsafeMarkup(diagnostics);
        model.views().forEach(view -> unsafe.report(view.document()));
        modelTexts(model).forEach(text -> unsafe.report(text.document()));
        FragmentRenderer fragments = new FragmentRenderer(links, fragmentCache, messages);
        Map<Fragment, TemplateModel> descriptions = Stream.concat(model.elements().stream().flatMap(SiteRenderer::descriptionsOf),
                        relationDocumentation(model))
                .distinct()
                .parallel()
                .collect(Collectors.toConcurrentMap(Function.identity(),
                        fragment -> TemplateEngine.markup(fragments.render(fragment))));
        PageModels models = new PageModels(model, links, descriptions::get, messages, pageSize, dates);
        TraceabilityModels traceability = new TraceabilityModels(model, models,
                TraceabilityModels.matrices(model, diagnostics), messages);
        SiteData data = models.data(traceability.refs(), messages.all());

        List<Page> pages = new ArrayList<>();
        pages.add(new Page(SitePaths.HOME, "index.ftl", () -> models.home(stringOf(config, "site_title"))));
        for (ExportedDocument document : model.documents()) {
            pages.add(new Page(SitePaths.of(document), "document.ftl", () -> models.document(document,
                    TemplateEngine.markup(document.hasOwnText() ? fragments.render(document.ownText()) : ""))));
        }
        DiagramModels diagrams = new DiagramModels(links, fragments, messages);
        for (View view : model.views()) {
            pages.add(new Page(SitePaths.of(view), "view.ftl", () -> models.view(view,
                    TemplateEngine.markup(fragments.render(view.introduction())),
                    view.version().elementTable().map(table -> TemplateEngine.markup(fragments.render(table))),
                    view.otherVersions().stream()
                            .map(version -> TemplateEngine.markup(fragments.render(version.textWithoutFigure())))
                            .toList(),
                    ViewDiagrams.of(model, view).map(drawings -> diagrams.of(view, drawings)))));
            List<ViewPage.ListedElement> ungrouped = models.ungrouped(view);
            addList(pages, models, Optional.of(SitePaths.otherElementsOf(view)).filter(uri -> ungrouped.size() > pageSize),
                    "otherElements", messages.text("list.otherElements", view.label()), "count.elements", ungrouped,
                    List.of(new ViewPage.Step(SitePaths.of(view), view.label())));
        }
        for (Group group : model.groups()) {
            List<GroupPage.InvolvedMatrix> matrices = traceability.of(group).orElse(List.of());
            addPages(pages, models.pages(SitePaths.of(group), group.memberKeys().size()), "group.ftl",
                    number -> models.group(group, matrices, number));
            addList(pages, models, Optional.of(SitePaths.matricesOf(group)).filter(uri -> matrices.size() > pageSize),
                    "matrices", messages.text("list.groupMatrices", group.name()), "count.matrices",
                    matrices.stream().map(GroupPage.InvolvedMatrix::matrix).toList(),
                    List.of(new ViewPage.Step(SitePaths.of(group), group.name())));
        }
        for (Element element : model.elements()) {
            pages.add(new Page(SitePaths.of(element), "element.ftl",
                    () -> models.element(element, traceability.of(element))));
        }
        for (Relation relation : model.relations()) {
            if (relation.details().slug().isPresent()) {
                pages.add(new Page(SitePaths.of(relation), "relation.ftl", () -> models.relation(relation)));
            }
        }
        if (models.hasModelPage()) {
            pages.add(new Page(SitePaths.MODEL, "model.ftl", models::modelPage));
        }
        for (AlignmentMatrix matrix : traceability.all()) {
            pages.add(new Page(SitePaths.of(matrix), "matrix.ftl", () -> traceability.page(matrix)));
        }
        lists(data, models, pages);
        pages.add(new Page(SitePaths.SEARCH, "search.ftl",
                () -> models.simplePage("search", messages.text("search.title"), SitePaths.SEARCH)));
        pages.add(new Page(SitePaths.SITE_MAP, "site-map.ftl",
                () -> models.simplePage("site-map", messages.text("siteMap.title"), SitePaths.SITE_MAP)));
        pages.add(new Page(SitePaths.NOT_FOUND, "404.ftl",
                () -> models.simplePage("404", messages.text("notFound.title"), SitePaths.NOT_FOUND)));
        return new SitePages(pages, data, traceability.all(), models);
    }

    /** The pages of the site's lists that the home page shows only the beginning of, or none of (elements). */
    private void lists(SiteData data, PageModels models, List<Page> pages) {
        SiteData.Lists lists = data.lists();
        addList(pages, models, lists.documents(), "documents", messages.text("list.documents"), "count.documents",
                data.documents().stream().filter(DocumentRef::ownText).toList(), List.of());
        addList(pages, models, lists.views(), "views", messages.text("list.views"), "count.views", data.views(),
                List.of());
        addList(pages, models, lists.groups(), "groups", messages.text("list.groups"), "count.groups", data.groups(),
                List.of());
        addList(pages, models, lists.matrices(), "matrices", messages.text("list.matrices"), "count.matrices",
                data.matrices(), List.of());
        addList(pages, models, lists.elements(), "elements", messages.text("list.elements"), "count.elements",
                data.elements().stream().map(element -> new ViewPage.ListedElement(element, Optional.empty())).toList(),
                List.of());
    }

    /** The pages of a list ({@link PageModels#list}), when it has an address. */
    private static void addList(List<Page> pages, PageModels models, Optional<String> uri, String kind, String title,
                                String countKey, List<? extends ListEntry> entries, List<ViewPage.Step> trail) {
        uri.ifPresent(first -> addPages(pages, models.pages(first, entries.size()), "list.ftl",
                number -> models.list(kind, title, countKey, entries, first, number, trail)));
    }

    /** A page for each slice of a list, each made when it renders. */
    private static void addPages(List<Page> pages, ListPages list, String template,
                                 IntFunction<? extends Record> page) {
        for (int number = 1; number <= list.count(); number++) {
            int slice = number;
            pages.add(new Page(list.uri(number), template, () -> page.apply(slice)));
        }
    }

    /**
     * Renders the pages of {@code site} and {@code more} (the index stage's), handing each file to
     * {@code sink} as soon as it is made (from the rendering threads).
     *
     * @return false if a template failed (the failure is reported); files may have been handed on before
     */
    public boolean render(SitePages site, List<Page> more, Map<String, Object> config, Consumer<OutputFile> sink) {
        List<Page> pages = new ArrayList<>(site.pages());
        pages.addAll(more);
        return engine.render(pages, config, site.data(), diagnostics, sink);
    }

    /**
     * Renders the pages into memory, in a fixed order; empty if a template failed. The search data
     * and the sitemap are the index stage's, not among them.
     */
    public List<OutputFile> render(Links links, Map<String, Object> config) {
        Map<String, OutputFile> files = new ConcurrentHashMap<>();
        if (!render(pages(links, config, SiteDates.NONE), List.of(), config, file -> files.put(file.sitePath(), file))) {
            return List.of();
        }
        return files.keySet().stream().sorted().map(files::get).toList();
    }

    /**
     * The architecture model's texts that no document holds: the documentation of elements no
     * document describes and of relations. What cleaning removes from them is reported once, as for
     * documents; a model-only view's documentation is its page's document, reported with the views.
     */
    private static Stream<Fragment> modelTexts(SiteModel model) {
        return Stream.concat(model.elements().stream().filter(e -> e.text() == Element.Text.MODEL)
                .map(Element::description).filter(text -> !text.blocks().isEmpty()), relationDocumentation(model));
    }

    private static Stream<Fragment> relationDocumentation(SiteModel model) {
        return model.relations().stream().flatMap(relation -> relation.details().documentation().stream());
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
