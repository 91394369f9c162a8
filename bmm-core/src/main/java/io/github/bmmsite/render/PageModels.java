package io.github.bmmsite.render;

import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.link.Summary;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.Element;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The values templates see, named as JBake names them: {@code content} (the page),
 * {@code config} (site settings) and {@code data} (the whole model). Values are plain maps and
 * lists, so templates written for JBake read them the same way; absent values are left out
 * (test them with {@code ??}).
 */
final class PageModels {

    /** A value that is one web address, which the properties table links to. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");

    private final SiteModel model;
    private final Links links;
    private final Function<Fragment, Object> html;
    private final Optional<ModelTree> tree;
    private final Messages messages;

    /** @param html the rendered HTML of each element's description and other descriptions, and of relations' documentation */
    PageModels(SiteModel model, Links links, Function<Fragment, Object> html, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.links = links;
        this.html = html;
        this.tree = ModelTree.of(model);
    }

    /**
     * {@code data}: every document, view, group and element, for menus, indexes and home pages; and,
     * when the views come from an architecture model, {@code modelTree}: the views by the model's folders.
     */
    Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("documents", model.documents().stream().map(this::documentRef).toList());
        data.put("views", model.views().stream().map(this::viewRef).toList());
        data.put("groups", model.groups().stream().map(this::groupRef).toList());
        data.put("elements", model.elements().stream().map(this::elementRef).toList());
        tree.ifPresent(t -> data.put("modelTree", t.data(view -> {
            Map<String, Object> ref = viewRef(view);
            ref.put("elementCount", view.elementKeys().size());
            return ref;
        })));
        return data;
    }

    /** Whether the site has a "Modelo" page: some of its views are views of an architecture model. */
    boolean hasModelPage() {
        return tree.isPresent();
    }

    Map<String, Object> page(String type, String title, String uri) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("type", type);
        content.put("title", title);
        content.put("uri", uri);
        content.put("rootpath", SitePaths.rootPathOf(uri));
        content.put("status", "published");
        return content;
    }

    Map<String, Object> element(Element element) {
        Map<String, Object> content = page("element", element.title(), SitePaths.of(element));
        content.put("element", elementRef(element));
        content.put("body", html.apply(element.description()));
        String text = Summary.description(links, element.description());
        String title = Placeholders.plain(element.title());
        String undescribed = messages.text("element.undescribed");
        content.put("description", !text.isEmpty() ? text : element.type()
                .map(type -> messages.text("element.summaryWithType", title, messages.elementType(type.name()),
                        undescribed))
                .orElseGet(() -> messages.text("page.summary", title, undescribed)));
        model.view(element.viewSlug()).ifPresent(view -> content.put("view", viewRef(view)));
        content.put("views", element.viewSlugs().stream().flatMap(slug -> model.view(slug).stream())
                .map(this::viewRef).toList());
        content.put("otherDescriptions", otherDescriptions(element));
        draftNote(element).ifPresent(todo -> content.put("todo", todo));
        element.group().flatMap(model::group).ifPresent(group -> content.put("group", groupRef(group)));
        content.put("groups", model.groupsOf(element.key()).stream().map(this::groupRef).toList());
        content.put("properties", properties(element.properties()));
        content.put("relations", relations(element));
        return content;
    }

    /** A relation's page: its ends, verb and name, the model's documentation of it and its properties. */
    Map<String, Object> relation(Relation relation) {
        Element source = model.element(relation.sourceKey()).orElseThrow();
        Element target = model.element(relation.targetKey()).orElseThrow();
        String title = source.title() + " " + messages.verb(relation.type().id(), true) + " " + target.title();
        Map<String, Object> content = page("relation", title, SitePaths.of(relation));
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("source", elementRef(source));
        ref.put("target", elementRef(target));
        ref.put("verb", messages.verb(relation.type().id(), true));
        ref.put("type", relation.type().id());
        if (!saysNoMoreThanItsVerb(relation.details().name(), relation.type())) {
            ref.put("name", relation.details().name());
        }
        content.put("relation", ref);
        relation.details().documentation().ifPresent(documentation -> content.put("body", html.apply(documentation)));
        content.put("description", relation.details().documentation().map(d -> Summary.description(links, d))
                .filter(text -> !text.isEmpty()).orElse(Placeholders.plain(title)));
        content.put("properties", properties(relation.details().properties()));
        return content;
    }

    /** The "Modelo" page: the views by the model's folders ({@code data.modelTree}). */
    Map<String, Object> modelPage() {
        Map<String, Object> content = page("model", messages.text("model.title"), SitePaths.MODEL);
        content.put("description", messages.text("model.description"));
        return content;
    }

    /** Key and value of each property; a value that is one web address with it as {@code url}. */
    private static List<Map<String, Object>> properties(List<Property> properties) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Property property : properties) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", property.key());
            row.put("value", property.value());
            if (WEB_ADDRESS.matcher(property.value().strip()).matches()) {
                row.put("url", property.value().strip());
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * What other views, or other versions of the view, say differently about the element, each
     * with its view and document.
     */
    private List<Map<String, Object>> otherDescriptions(Element element) {
        List<Map<String, Object>> others = new ArrayList<>();
        for (Element.OtherDescription other : element.otherDescriptions()) {
            model.view(other.viewSlug()).ifPresent(view -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("view", viewRef(view));
                model.document(other.documentSlug()).ifPresent(document -> entry.put("document", documentRef(document)));
                if (other.source() == Element.Source.OTHER_VERSION) {
                    entry.put("otherVersion", true);
                } else if (other.source() == Element.Source.OLDER_EXPORT) {
                    entry.put("olderExport", true);
                }
                entry.put("body", html.apply(other.description()));
                others.add(entry);
            });
        }
        return others;
    }

    /** The draft note of the first view whose text the page shows, if any of them is a draft. */
    private Optional<String> draftNote(Element element) {
        return Stream.concat(Stream.of(element.viewSlug()),
                        element.otherDescriptions().stream().map(Element.OtherDescription::viewSlug))
                .flatMap(slug -> model.view(slug).stream())
                .flatMap(view -> view.todo().stream())
                .findFirst();
    }

    /** @param ownText the document's text outside its views, as HTML */
    Map<String, Object> document(ExportedDocument document, Object ownText) {
        Map<String, Object> content = page("document", document.title(), SitePaths.of(document));
        content.put("document", documentRef(document));
        content.put("body", ownText);
        content.put("description", document.hasOwnText() ? Summary.description(links, document.ownText())
                : Placeholders.plain(document.title()));
        document.todo().ifPresent(todo -> content.put("todo", todo));
        content.put("views", document.viewSlugs().stream().flatMap(slug -> model.view(slug).stream())
                .map(this::viewRef).toList());
        return content;
    }

    Map<String, Object> group(Group group) {
        Map<String, Object> content = page("group", group.name(), SitePaths.of(group));
        content.put("group", groupRef(group));
        content.put("elements", members(group));
        content.put("description", Placeholders.plain(messages.text("group.description", group.name(),
                messages.count("count.elements", group.memberKeys().size()), String.join(", ", group.memberKeys()))));
        return content;
    }

    /**
     * @param introduction the shown version's introduction, as HTML
     * @param elementTable its table "Elementos del Modelo", as HTML, when it has one
     * @param otherVersions the text of each other version, as HTML, in the view's order
     */
    Map<String, Object> view(View view, Object introduction, Optional<Object> elementTable, List<Object> otherVersions) {
        Map<String, Object> content = page("view", view.label(), SitePaths.of(view));
        content.put("view", viewRef(view));
        if (view.onlyInModel()) {
            tree.ifPresent(t -> content.put("trail", t.trail(view)));
        }
        content.put("properties", properties(view.inModel().map(ModelView::properties).orElse(List.of())));
        content.put("body", introduction);
        String text = Summary.description(links, view.introduction());
        content.put("description", !text.isEmpty() ? text : messages.text("page.summary",
                Placeholders.plain(view.label()), messages.count("count.elements", view.elementKeys().size())));
        view.todo().ifPresent(todo -> content.put("todo", todo));
        elementTable.ifPresent(table -> content.put("elementTable", table));
        if (view.documentSlugs().size() > 1) {
            model.document(view.version().documentSlug()).ifPresent(d -> content.put("sourceDocument", documentRef(d)));
            content.put("otherDocuments", view.documentSlugs().stream()
                    .filter(slug -> !slug.equals(view.version().documentSlug()))
                    .flatMap(slug -> model.document(slug).stream()).map(this::documentRef).toList());
        }
        List<Map<String, Object>> versions = new ArrayList<>();
        Set<String> documents = new HashSet<>(List.of(view.version().documentSlug()));
        for (int i = 0; i < view.otherVersions().size(); i++) {
            Map<String, Object> version = new LinkedHashMap<>();
            String documentSlug = view.otherVersions().get(i).documentSlug();
            model.document(documentSlug).ifPresent(d -> version.put("document", documentRef(d)));
            if (!documents.add(documentSlug)) {
                version.put("repeated", true);
            }
            version.put("body", otherVersions.get(i));
            versions.add(version);
        }
        content.put("otherVersions", versions);
        List<ViewSection> sections = view.inModel().map(ModelView::sections).orElse(List.of());
        if (!sections.isEmpty()) {
            listBySection(view, sections, content);
            return content;
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        Set<String> inView = new HashSet<>(view.elementKeys());
        for (String name : view.groupNames()) {
            model.group(name).ifPresent(group -> {
                Map<String, Object> ref = groupRef(group);
                ref.put("elements", group.memberKeys().stream().filter(inView::contains)
                        .map(key -> elementRef(model.element(key).orElseThrow())).toList());
                groups.add(ref);
            });
        }
        content.put("groups", groups);
        content.put("ungrouped", view.elementKeys().stream()
                .filter(key -> view.groupNames().stream().flatMap(name -> model.group(name).stream())
                        .noneMatch(group -> group.memberKeys().contains(key)))
                .map(key -> elementRef(model.element(key).orElseThrow())).toList());
        return content;
    }

    /**
     * A view no document exports lists its elements as the view nests them: a card ({@code groups})
     * for each Grouping (linked to its group's page) and visual group, the elements drawn outside them
     * as {@code ungrouped}; an element drawn holding others lists them under it ({@code contained}).
     */
    private void listBySection(View view, List<ViewSection> sections, Map<String, Object> content) {
        Map<String, List<String>> containedIn = new LinkedHashMap<>();
        Set<String> inGroups = new HashSet<>();
        for (ViewSection section : sections) {
            section.containerKey().ifPresentOrElse(
                    key -> containedIn.computeIfAbsent(key, k -> new ArrayList<>()).addAll(section.memberKeys()),
                    () -> inGroups.addAll(section.memberKeys()));
        }
        Set<String> contained = new HashSet<>();
        containedIn.values().forEach(contained::addAll);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (ViewSection section : sections) {
            if (section.containerKey().isEmpty()) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("name", section.title());
                section.group().flatMap(model::group).ifPresent(group -> ref.put("uri", SitePaths.of(group)));
                ref.put("elements", nested(section.memberKeys(), containedIn));
                groups.add(ref);
            }
        }
        content.put("groups", groups);
        content.put("ungrouped", nested(view.elementKeys().stream()
                .filter(key -> !inGroups.contains(key) && !contained.contains(key)).toList(), containedIn));
    }

    /**
     * Elements, each with the elements drawn inside it. Each element is listed once on a view, where
     * it is first drawn, so no element ends up inside itself.
     */
    private List<Map<String, Object>> nested(List<String> keys, Map<String, List<String>> containedIn) {
        return keys.stream().map(key -> {
            Map<String, Object> ref = elementRef(model.element(key).orElseThrow());
            Optional.ofNullable(containedIn.get(key))
                    .ifPresent(members -> ref.put("contained", nested(members, containedIn)));
            return ref;
        }).toList();
    }

    /**
     * Relations grouped by verb: first what the element does, then what is done to it. The two
     * directions of a symmetric type (association) share one verb and so one list.
     */
    private List<Map<String, Object>> relations(Element element) {
        Map<String, List<Map<String, Object>>> byVerb = new LinkedHashMap<>();
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
        List<Map<String, Object>> result = new ArrayList<>();
        byVerb.forEach((verb, elements) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("verb", verb);
            entry.put("elements", elements);
            result.add(entry);
        });
        return result;
    }

    /**
     * The element at the other end of a relation, with what the model says of the relation as
     * {@code relation}: its {@code name} when it says more than the verb, its documentation
     * ({@code body}), {@code properties} and the {@code uri} of its page when it has one.
     */
    private Map<String, Object> relatedRef(Relation relation, String otherKey) {
        Map<String, Object> ref = elementRef(model.element(otherKey).orElseThrow());
        RelationDetails details = relation.details();
        Map<String, Object> about = new LinkedHashMap<>();
        if (!saysNoMoreThanItsVerb(details.name(), relation.type())) {
            about.put("name", details.name());
        }
        details.documentation().ifPresent(documentation -> about.put("body", html.apply(documentation)));
        about.put("properties", properties(details.properties()));
        details.slug().ifPresent(slug -> about.put("uri", SitePaths.of(relation)));
        ref.put("relation", about);
        return ref;
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

    private List<Map<String, Object>> members(Group group) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (String key : group.memberKeys()) {
            Element element = model.element(key).orElseThrow();
            Map<String, Object> ref = elementRef(element);
            ref.put("description", html.apply(element.description()));
            ref.put("otherDescriptionViews", element.otherDescriptions().stream()
                    .filter(other -> other.source() == Element.Source.OTHER_VIEW)
                    .flatMap(other -> model.view(other.viewSlug()).stream()).distinct().map(this::viewRef).toList());
            members.add(ref);
        }
        return members;
    }

    Map<String, Object> elementRef(Element element) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("key", element.key());
        element.code().ifPresent(code -> ref.put("code", code));
        ref.put("name", element.name());
        ref.put("title", element.title());
        ref.put("uri", SitePaths.of(element));
        element.type().ifPresent(type -> {
            ref.put("type", type.name());
            ref.put("typeLabel", messages.elementType(type.name()));
        });
        element.group().ifPresent(group -> ref.put("groupName", group));
        undescribed(element).ifPresent(notice -> ref.put("undescribed", notice));
        return ref;
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

    Map<String, Object> groupRef(Group group) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("name", group.name());
        ref.put("uri", SitePaths.of(group));
        ref.put("size", group.memberKeys().size());
        return ref;
    }

    /** A view as lists name it: by its label, which tells apart two views of one title. */
    private Map<String, Object> viewRef(View view) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("title", view.label());
        ref.put("uri", SitePaths.of(view));
        return ref;
    }

    private Map<String, Object> documentRef(ExportedDocument document) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("title", document.title());
        ref.put("uri", SitePaths.of(document));
        ref.put("ownText", document.hasOwnText());
        return ref;
    }
}
