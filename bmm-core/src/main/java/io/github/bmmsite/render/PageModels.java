package io.github.bmmsite.render;

import freemarker.template.TemplateModel;
import io.github.bmmsite.diagram.ViewDiagrams;
import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.link.Summary;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.notation.ElementType;
import io.github.bmmsite.model.ExportedDocument;
import io.github.bmmsite.model.Fragment;
import io.github.bmmsite.model.Group;
import io.github.bmmsite.model.ModelView;
import io.github.bmmsite.model.NameKey;
import io.github.bmmsite.model.Property;
import io.github.bmmsite.model.Relation;
import io.github.bmmsite.model.RelationDetails;
import io.github.bmmsite.notation.RelationType;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;
import io.github.bmmsite.model.ViewSection;
import io.github.bmmsite.source.Placeholders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The values templates see, named as JBake names them: {@code content} (the page) and {@code data}
 * (the whole model), as records that {@link TemplateData} turns into the maps and lists templates
 * written for JBake read; absent values are left out (test them with {@code ??}).
 */
final class PageModels {

    /** A value that is one web address, which the properties table links to. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");

    private final SiteModel model;
    private final Links links;
    private final Function<Fragment, TemplateModel> html;
    private final Optional<ModelTree> tree;
    private final Messages messages;
    private final int pageSize;
    private final RelationLegend legend;
    private final ElementNeighbours neighbours;
    private final SiteDates dates;
    /** One per group: matrices name their groups, and 50,000 elements make tens of thousands of matrices. */
    private final Map<String, GroupRef> groupRefs = new ConcurrentHashMap<>();

    /**
     * @param html the rendered HTML of each element's description and other descriptions, and of relations' documentation
     * @param pageSize how many entries a page of a list shows at most
     * @param dates the dates of the documents and of the site
     */
    PageModels(SiteModel model, Links links, Function<Fragment, TemplateModel> html, Messages messages, int pageSize,
               SiteDates dates) {
        this.model = model;
        this.dates = dates;
        this.messages = messages;
        this.links = links;
        this.html = html;
        this.tree = ModelTree.of(model);
        this.pageSize = pageSize;
        this.legend = new RelationLegend(messages);
        this.neighbours = new ElementNeighbours(model, pageSize, this::elementRef);
    }

    /**
     * {@code data}: every document, view, group and element, for menus, indexes and home pages; and,
     * when the views come from an architecture model, {@code modelTree}: the views by the model's folders.
     */
    SiteData data(List<MatrixRef> matrices, Map<String, String> messages) {
        long ownDocuments = model.documents().stream().filter(ExportedDocument::hasOwnText).count();
        SiteData.Lists lists = new SiteData.Lists(longerThanAPage(ownDocuments, SitePaths.ALL_DOCUMENTS),
                longerThanAPage(model.views().size(), SitePaths.ALL_VIEWS),
                longerThanAPage(model.groups().size(), SitePaths.ALL_GROUPS),
                longerThanAPage(matrices.size(), SitePaths.ALL_MATRICES),
                Optional.of(SitePaths.ALL_ELEMENTS).filter(uri -> !model.elements().isEmpty()));
        return new SiteData(model.documents().stream().map(this::documentRef).toList(),
                model.views().stream().map(this::viewRef).toList(),
                model.groups().stream().map(this::groupRef).toList(),
                model.elements().stream().map(this::elementRef).toList(),
                tree.map(t -> t.data(view -> new SiteData.CountedView(viewRef(view), view.elementKeys().size()))),
                matrices, messages, pageSize, lists);
    }

    private Optional<String> longerThanAPage(long size, String uri) {
        return size > pageSize ? Optional.of(uri) : Optional.empty();
    }

    /** The pages of a list of {@code size} entries whose first page is {@code uri}. */
    ListPages pages(String uri, int size) {
        return new ListPages(uri, size, pageSize);
    }

    /**
     * Page {@code number} of one of the site's lists ({@link ListPage}).
     *
     * @param title its title, which names what it lists
     * @param countKey the message key that counts its entries ({@code count.elements})
     * @param trail the breadcrumbs before it
     */
    ListPage list(String kind, String title, String countKey, List<? extends ListEntry> all, String uri, int number,
                  List<ViewPage.Step> trail) {
        ListPages pages = pages(uri, all.size());
        return new ListPage(page("list", title, pages.uri(number), List.of()), kind, all.size(), trail,
                messages.text("page.summary", Placeholders.plain(title), messages.count(countKey, all.size())),
                List.copyOf(pages.entries(all, number)), pages.pagination(number));
    }

    /** Whether the site has a "Modelo" page: some of its views are views of an architecture model. */
    boolean hasModelPage() {
        return tree.isPresent();
    }

    /**
     * A page made from these documents, with their dates and, when some of them are drafts, their
     * notes; a page made from none has the site's dates.
     */
    PageInfo page(String type, String title, String uri, Collection<String> documentSlugs) {
        List<ExportedDocument> drafts = documentSlugs.stream().distinct().flatMap(slug -> model.document(slug).stream())
                .filter(document -> document.todo().isPresent()).toList();
        return page(type, title, uri, documentSlugs, drafts.isEmpty() ? Optional.empty() : Optional.of(new Draft(
                drafts.stream().map(document -> document.todo().get()).filter(note -> !note.isEmpty()).distinct()
                        .toList(), List.of())));
    }

    private PageInfo page(String type, String title, String uri, Collection<String> documentSlugs,
                          Optional<Draft> draft) {
        return new PageInfo(type, title, uri, SitePaths.rootPathOf(uri), "published", dates.of(documentSlugs), draft);
    }

    /** The home page, made from no document: the site's dates, and the views that are drafts. */
    SimplePage home(String title) {
        List<ViewRef> drafts = model.views().stream().filter(view -> view.documentSlugs().stream()
                        .flatMap(slug -> model.document(slug).stream()).anyMatch(document -> document.todo().isPresent()))
                .map(this::viewRef).toList();
        return new SimplePage(page("index", title, SitePaths.HOME, List.of(),
                drafts.isEmpty() ? Optional.empty() : Optional.of(new Draft(List.of(), drafts))));
    }

    /** A page made from no document, with the site's dates: search, open data, the site map, 404. */
    SimplePage simplePage(String type, String title, String uri) {
        return new SimplePage(page(type, title, uri, List.of()));
    }

    /** The documents whose text about an element its page shows; none for a text only the model has. */
    private List<String> documentsOf(Element element) {
        return Stream.concat(firstDocumentOf(element).stream(),
                element.otherDescriptions().stream().map(Element.OtherDescription::documentSlug)).toList();
    }

    /** The document of an element's first text: the shown version of the view that describes it first. */
    private Optional<String> firstDocumentOf(Element element) {
        return model.view(element.viewSlug()).filter(view -> !view.onlyInModel())
                .map(view -> view.version().documentSlug());
    }

    /** The documents of these elements' first texts: those a group's or an alignment matrix's page is made from. */
    List<String> documentsOf(Collection<String> elementKeys) {
        return elementKeys.stream().flatMap(key -> model.element(key).stream())
                .flatMap(element -> firstDocumentOf(element).stream()).distinct().toList();
    }

    /** @param valueChain the element's value chain, when it has one */
    ElementPage element(Element element, Optional<ValueChainData> valueChain) {
        String text = Summary.description(links, element.description());
        String title = Placeholders.plain(element.title());
        String undescribed = messages.text("element.undescribed");
        List<ElementPage.RelationGroup> relations = relations(element);
        return new ElementPage(page("element", element.title(), SitePaths.of(element), documentsOf(element)),
                elementRef(element),
                html.apply(element.description()),
                !text.isEmpty() ? text : element.type()
                        .map(type -> messages.text("element.summaryWithType", title, messages.elementType(type.name()),
                                undescribed))
                        .orElseGet(() -> messages.text("page.summary", title, undescribed)),
                model.view(element.viewSlug()).map(this::viewRef),
                element.viewSlugs().stream().flatMap(slug -> model.view(slug).stream()).map(this::viewRef).toList(),
                otherDescriptions(element),
                element.group().flatMap(model::group).map(this::groupRef),
                model.groupsOf(element.key()).stream().map(this::groupRef).toList(),
                properties(element.properties()), relations, valueChain, legend.of(relations, valueChain),
                neighbours.of(element));
    }

    /** A relation's page: its ends, verb and name, the model's documentation of it and its properties. */
    RelationPage relation(Relation relation) {
        Element source = model.element(relation.sourceKey()).orElseThrow();
        Element target = model.element(relation.targetKey()).orElseThrow();
        String verb = messages.verb(relation.type().id(), true);
        String title = source.title() + " " + verb + " " + target.title();
        RelationPage.Ends ends = new RelationPage.Ends(elementRef(source), elementRef(target), verb,
                relation.type().id(), nameSayingMore(relation));
        return new RelationPage(page("relation", title, SitePaths.of(relation), List.of()), ends,
                relation.details().documentation().map(html),
                relation.details().documentation().map(d -> Summary.description(links, d))
                        .filter(text -> !text.isEmpty()).orElse(Placeholders.plain(title)),
                properties(relation.details().properties()));
    }

    /** The "Modelo" page: the views by the model's folders ({@code data.modelTree}). */
    ModelPage modelPage() {
        return new ModelPage(page("model", messages.text("model.title"), SitePaths.MODEL, List.of()),
                messages.text("model.description"));
    }

    /** Key and value of each property; a value that is one web address with it as {@code url}. */
    private static List<PropertyRow> properties(List<Property> properties) {
        return properties.stream().map(property -> new PropertyRow(property.key(), property.value(),
                Optional.of(property.value().strip()).filter(value -> WEB_ADDRESS.matcher(value).matches()))).toList();
    }

    /**
     * What other views, or other versions of the view, say differently about the element, each
     * with its view and document.
     */
    private List<ElementPage.OtherDescription> otherDescriptions(Element element) {
        List<ElementPage.OtherDescription> others = new ArrayList<>();
        for (Element.OtherDescription other : element.otherDescriptions()) {
            model.view(other.viewSlug()).ifPresent(view -> others.add(new ElementPage.OtherDescription(viewRef(view),
                    model.document(other.documentSlug()).map(this::documentRef),
                    flag(other.source() == Element.Source.OTHER_VERSION),
                    flag(other.source() == Element.Source.OLDER_EXPORT), html.apply(other.description()))));
        }
        return others;
    }

    /** A mark templates test with {@code ??}: present and true, or absent. */
    private static Optional<Boolean> flag(boolean set) {
        return set ? Optional.of(true) : Optional.empty();
    }

    /** @param ownText the document's text outside its views, as HTML */
    DocumentPage document(ExportedDocument document, TemplateModel ownText) {
        return new DocumentPage(page("document", document.title(), SitePaths.of(document), List.of(document.slug())),
                documentRef(document), ownText, document.hasOwnText() ? Summary.description(links, document.ownText())
                        : Placeholders.plain(document.title()),
                document.viewSlugs().stream().flatMap(slug -> model.view(slug).stream()).map(this::viewRef).toList());
    }

    /**
     * Page {@code number} of a group's elements; the first shows the beginning of its matrices.
     *
     * @param matrices the alignment matrices the group takes part in
     */
    GroupPage group(Group group, List<GroupPage.InvolvedMatrix> matrices, int number) {
        ListPages pages = pages(SitePaths.of(group), group.memberKeys().size());
        List<String> keys = pages.entries(group.memberKeys(), number);
        List<GroupPage.InvolvedMatrix> shown = number == 1 ? matrices.subList(0, Math.min(pageSize, matrices.size()))
                : List.of();
        return new GroupPage(page("group", group.name(), pages.uri(number), documentsOf(keys)), groupRef(group),
                members(keys),
                Placeholders.plain(messages.text("group.description", group.name(),
                        messages.count("count.elements", group.memberKeys().size()), String.join(", ", keys))),
                shown.isEmpty() ? Optional.empty() : Optional.of(shown), matrices.size(),
                matrices.size() > pageSize ? Optional.of(SitePaths.matricesOf(group)) : Optional.empty(),
                pages.pagination(number));
    }

    /**
     * @param introduction the shown version's introduction, as HTML
     * @param elementTable its table "Elementos del Modelo", as HTML, when it has one
     * @param otherVersions the text of each other version, as HTML, in the view's order
     * @param diagram the view's drawing, when it has one
     */
    ViewPage view(View view, TemplateModel introduction, Optional<TemplateModel> elementTable,
                  List<TemplateModel> otherVersions, Optional<ViewDiagram> diagram) {
        String text = Summary.description(links, view.introduction());
        boolean severalDocuments = view.documentSlugs().size() > 1;
        List<ViewPage.OtherVersion> versions = new ArrayList<>();
        Set<String> documents = new HashSet<>(List.of(view.version().documentSlug()));
        for (int i = 0; i < view.otherVersions().size(); i++) {
            String documentSlug = view.otherVersions().get(i).documentSlug();
            versions.add(new ViewPage.OtherVersion(model.document(documentSlug).map(this::documentRef),
                    flag(!documents.add(documentSlug)), otherVersions.get(i)));
        }
        Listing listing = listing(view);
        List<ViewPage.ListedElement> ungrouped = listing.ungrouped();
        return new ViewPage(page("view", view.label(), SitePaths.of(view), view.documentSlugs()), viewRef(view),
                view.onlyInModel() ? tree.map(t -> t.trail(view)) : Optional.empty(),
                properties(view.inModel().map(ModelView::properties).orElse(List.of())), introduction,
                !text.isEmpty() ? text : messages.text("page.summary", Placeholders.plain(view.label()),
                        messages.count("count.elements", view.elementKeys().size())),
                elementTable,
                severalDocuments ? model.document(view.version().documentSlug()).map(this::documentRef) : Optional.empty(),
                severalDocuments ? Optional.of(view.documentSlugs().stream()
                        .filter(slug -> !slug.equals(view.version().documentSlug()))
                        .flatMap(slug -> model.document(slug).stream()).map(this::documentRef).toList())
                        : Optional.empty(),
                versions, listing.groups(), ungrouped.subList(0, Math.min(pageSize, ungrouped.size())), ungrouped.size(),
                ungrouped.size() > pageSize ? Optional.of(SitePaths.otherElementsOf(view)) : Optional.empty(), diagram);
    }

    /** A view's elements in no group, as its page lists them. */
    List<ViewPage.ListedElement> ungrouped(View view) {
        return listing(view).ungrouped();
    }

    private Listing listing(View view) {
        List<ViewSection> sections = view.inModel().map(ModelView::sections).orElse(List.of());
        return sections.isEmpty() ? listByGroup(view) : listBySection(view, sections);
    }

    /** A view's elements as its page lists them: in cards, and those in none. */
    private record Listing(List<ViewPage.ListedGroup> groups, List<ViewPage.ListedElement> ungrouped) {
    }

    /** A view of the documents lists its elements by the groups of the documents. */
    private Listing listByGroup(View view) {
        List<ViewPage.ListedGroup> groups = new ArrayList<>();
        Set<String> inView = new HashSet<>(view.elementKeys());
        for (String name : view.groupNames()) {
            model.group(name).ifPresent(group -> groups.add(new ViewPage.ListedGroup(group.name(),
                    Optional.of(SitePaths.of(group)), Optional.of(group.memberKeys().size()),
                    group.memberKeys().stream().filter(inView::contains).map(this::listed).toList())));
        }
        return new Listing(groups, view.elementKeys().stream()
                .filter(key -> view.groupNames().stream().flatMap(name -> model.group(name).stream())
                        .noneMatch(group -> group.memberKeys().contains(key)))
                .map(this::listed).toList());
    }

    private ViewPage.ListedElement listed(String key) {
        return new ViewPage.ListedElement(elementRef(model.element(key).orElseThrow()), Optional.empty());
    }

    /**
     * A view no document exports lists its elements as the view nests them: a card ({@code groups})
     * for each Grouping (linked to its group's page) and visual group, the elements drawn outside them
     * as {@code ungrouped}; an element drawn holding others lists them under it ({@code contained}).
     */
    private Listing listBySection(View view, List<ViewSection> sections) {
        Map<String, List<String>> containedIn = new LinkedHashMap<>();
        Set<String> inGroups = new HashSet<>();
        for (ViewSection section : sections) {
            section.containerKey().ifPresentOrElse(
                    key -> containedIn.computeIfAbsent(key, k -> new ArrayList<>()).addAll(section.memberKeys()),
                    () -> inGroups.addAll(section.memberKeys()));
        }
        Set<String> contained = new HashSet<>();
        containedIn.values().forEach(contained::addAll);
        List<ViewPage.ListedGroup> groups = new ArrayList<>();
        for (ViewSection section : sections) {
            if (section.containerKey().isEmpty()) {
                groups.add(new ViewPage.ListedGroup(section.title(), section.group().flatMap(model::group)
                        .map(SitePaths::of), Optional.empty(), nested(section.memberKeys(), containedIn)));
            }
        }
        return new Listing(groups, nested(view.elementKeys().stream()
                .filter(key -> !inGroups.contains(key) && !contained.contains(key)).toList(), containedIn));
    }

    /**
     * Elements, each with the elements drawn inside it. Each element is listed once on a view, where
     * it is first drawn, so no element ends up inside itself.
     */
    private List<ViewPage.ListedElement> nested(List<String> keys, Map<String, List<String>> containedIn) {
        return keys.stream().map(key -> new ViewPage.ListedElement(elementRef(model.element(key).orElseThrow()),
                Optional.ofNullable(containedIn.get(key)).map(members -> nested(members, containedIn)))).toList();
    }

    /**
     * Relations grouped by verb: first what the element does, then what is done to it. The two
     * directions of a symmetric type (association) share one verb and so one list.
     */
    private List<ElementPage.RelationGroup> relations(Element element) {
        Map<String, List<ElementPage.Related>> byVerb = new LinkedHashMap<>();
        for (RelationType type : RelationType.values()) {
            for (Relation relation : model.outgoing(element.key())) {
                if (relation.type() == type) {
                    byVerb.computeIfAbsent(messages.verb(type.id(), true), v -> new ArrayList<>())
                            .add(relatedRef(relation, relation.targetKey()));
                }
            }
        }
        for (RelationType type : RelationType.values()) {
            for (Relation relation : model.incoming(element.key())) {
                if (relation.type() == type) {
                    byVerb.computeIfAbsent(messages.verb(type.id(), false), v -> new ArrayList<>())
                            .add(relatedRef(relation, relation.sourceKey()));
                }
            }
        }
        List<ElementPage.RelationGroup> result = new ArrayList<>();
        byVerb.forEach((verb, elements) -> result.add(new ElementPage.RelationGroup(verb, elements)));
        return result;
    }

    /**
     * The element at the other end of a relation, with what the model says of the relation as
     * {@code relation}: its {@code name} when it says more than the verb, its documentation
     * ({@code body}), {@code properties} and the {@code uri} of its page when it has one.
     */
    private ElementPage.Related relatedRef(Relation relation, String otherKey) {
        RelationDetails details = relation.details();
        return new ElementPage.Related(elementRef(model.element(otherKey).orElseThrow()),
                new ElementPage.About(nameSayingMore(relation), details.documentation().map(html),
                        properties(details.properties()), details.slug().map(slug -> SitePaths.of(relation))));
    }

    private Optional<String> nameSayingMore(Relation relation) {
        String name = relation.details().name();
        return saysNoMoreThanItsVerb(name, relation.type()) ? Optional.empty() : Optional.of(name);
    }

    /**
     * A name such as "Realiza" or "influye", which the list's heading ("Realiza", "Influye en") already
     * says: in the words of the export (Spanish) or of the site.
     */
    private boolean saysNoMoreThanItsVerb(String name, RelationType type) {
        String normal = NameKey.of(name).normal();
        return normal.isEmpty() || Stream.of(type.verb(), type.inverseVerb(), messages.verb(type.id(), true),
                        messages.verb(type.id(), false)).map(verb -> NameKey.of(verb).normal())
                .anyMatch(verb -> verb.equals(normal) || verb.startsWith(normal + " "));
    }

    private List<GroupPage.Member> members(List<String> keys) {
        List<GroupPage.Member> members = new ArrayList<>();
        for (String key : keys) {
            Element element = model.element(key).orElseThrow();
            members.add(new GroupPage.Member(elementRef(element), html.apply(element.description()),
                    element.otherDescriptions().stream()
                            .filter(other -> other.source() == Element.Source.OTHER_VIEW)
                            .flatMap(other -> model.view(other.viewSlug()).stream()).distinct().map(this::viewRef)
                            .toList()));
        }
        return members;
    }

    ElementRef elementRef(Element element) {
        return new ElementRef(element.key(), element.code(), element.name(), element.title(), SitePaths.of(element),
                element.type().map(ElementType::name), element.type().map(type -> messages.elementType(type.name())),
                element.group(), undescribed(element));
    }

    /**
     * Where the text of an element no document describes comes from. The export skips elements
     * without documentation: on a view a document exports, the page says so, and shows the model's or
     * the table's text; an element only views of the model show needs saying only when the model has
     * no text for it either.
     */
    private Optional<String> undescribed(Element element) {
        if (element.described()) {
            return Optional.empty();
        }
        if (element.text() == Element.Text.ELEMENT_TABLE) {
            return Optional.of(messages.text("element.fromElementTable"));
        }
        boolean onAnExportedView = element.viewSlugs().stream().flatMap(slug -> model.view(slug).stream())
                .anyMatch(view -> !view.onlyInModel());
        if (onAnExportedView) {
            return Optional.of(messages.text("element.undescribed"));
        }
        return element.description().blocks().isEmpty() ? Optional.of(messages.text("element.noModelText")) : Optional.empty();
    }

    GroupRef groupRef(Group group) {
        return groupRefs.computeIfAbsent(group.name(),
                name -> new GroupRef(name, SitePaths.of(group), group.memberKeys().size()));
    }

    /** A view as lists name it: by its label, which tells apart two views of one title. */
    private ViewRef viewRef(View view) {
        return new ViewRef(view.label(), SitePaths.of(view), ViewDiagrams.exist(model, view)
                ? Optional.of(SitePaths.thumbnailOf(view)) : Optional.empty());
    }

    private DocumentRef documentRef(ExportedDocument document) {
        return new DocumentRef(document.title(), SitePaths.of(document), document.hasOwnText());
    }
}
