package io.github.bmmsite.render;

import io.github.bmmsite.index.Summary;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.Fragment;
import io.github.bmmsite.model.Group;
import io.github.bmmsite.model.Relation;
import io.github.bmmsite.model.RelationType;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.model.View;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The values templates see, named as JBake names them: {@code content} (the page),
 * {@code config} (site settings) and {@code data} (the whole model). Values are plain maps and
 * lists, so templates written for JBake read them the same way; absent values are left out
 * (test them with {@code ??}).
 */
final class PageModels {

    static final String UNDESCRIBED = "sin descripción en el documento";

    private final SiteModel model;
    private final Links links;
    private final Function<Fragment, Object> html;

    /** @param html the rendered HTML of each element's description and other descriptions */
    PageModels(SiteModel model, Links links, Function<Fragment, Object> html) {
        this.model = model;
        this.links = links;
        this.html = html;
    }

    /** {@code data}: every view, group and element, for menus, indexes and home pages. */
    Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("views", model.views().stream().map(this::viewRef).toList());
        data.put("groups", model.groups().stream().map(this::groupRef).toList());
        data.put("elements", model.elements().stream().map(this::elementRef).toList());
        return data;
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
        content.put("description", element.described()
                ? Summary.description(links, element.description())
                : element.modelDocumentation().orElse(element.title()
                        + element.type().map(type -> " (" + type.label() + ")").orElse("") + ": " + UNDESCRIBED));
        model.view(element.viewSlug()).ifPresent(view -> content.put("view", viewRef(view)));
        content.put("views", element.viewSlugs().stream().flatMap(slug -> model.view(slug).stream())
                .map(this::viewRef).toList());
        content.put("otherDescriptions", otherDescriptions(element));
        draftNote(element).ifPresent(todo -> content.put("todo", todo));
        element.group().flatMap(model::group).ifPresent(group -> content.put("group", groupRef(group)));
        content.put("groups", model.groupsOf(element.key()).stream().map(this::groupRef).toList());
        content.put("relations", relations(element));
        return content;
    }

    /** What other views say differently about the element, each with its view. */
    private List<Map<String, Object>> otherDescriptions(Element element) {
        List<Map<String, Object>> others = new ArrayList<>();
        for (Element.OtherDescription other : element.otherDescriptions()) {
            model.view(other.viewSlug()).ifPresent(view -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("view", viewRef(view));
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

    Map<String, Object> group(Group group) {
        Map<String, Object> content = page("group", group.name(), SitePaths.of(group));
        content.put("group", groupRef(group));
        content.put("elements", members(group));
        content.put("description", group.name() + ": " + group.memberKeys().size() + " elementos ("
                + String.join(", ", group.memberKeys()) + ")");
        return content;
    }

    Map<String, Object> view(View view, Object introduction) {
        Map<String, Object> content = page("view", view.title(), SitePaths.of(view));
        content.put("view", viewRef(view));
        content.put("body", introduction);
        content.put("description", Summary.description(links, view.introduction()));
        view.todo().ifPresent(todo -> content.put("todo", todo));
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
     * Relations grouped by verb: first what the element does, then what is done to it. The two
     * directions of a symmetric type (association) share one verb and so one list.
     */
    private List<Map<String, Object>> relations(Element element) {
        Map<String, List<Map<String, Object>>> byVerb = new LinkedHashMap<>();
        for (RelationType type : RelationType.values()) {
            for (Relation relation : model.outgoing(element.key())) {
                if (relation.type() == type) {
                    byVerb.computeIfAbsent(type.verb(), v -> new ArrayList<>())
                            .add(elementRef(model.element(relation.targetKey()).orElseThrow()));
                }
            }
        }
        for (RelationType type : RelationType.values()) {
            for (Relation relation : model.incoming(element.key())) {
                if (relation.type() == type) {
                    byVerb.computeIfAbsent(type.inverseVerb(), v -> new ArrayList<>())
                            .add(elementRef(model.element(relation.sourceKey()).orElseThrow()));
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

    private List<Map<String, Object>> members(Group group) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (String key : group.memberKeys()) {
            Element element = model.element(key).orElseThrow();
            Map<String, Object> ref = elementRef(element);
            ref.put("description", html.apply(element.description()));
            ref.put("otherDescriptionViews", element.otherDescriptions().stream()
                    .flatMap(other -> model.view(other.viewSlug()).stream()).map(this::viewRef).toList());
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
            ref.put("typeLabel", type.label());
        });
        element.group().ifPresent(group -> ref.put("groupName", group));
        if (!element.described()) {
            // the export skips elements without documentation; the page says so, with the model's text if any
            ref.put("undescribed", UNDESCRIBED);
            element.modelDocumentation().ifPresent(text -> ref.put("modelDocumentation", text));
        }
        return ref;
    }

    Map<String, Object> groupRef(Group group) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("name", group.name());
        ref.put("uri", SitePaths.of(group));
        ref.put("size", group.memberKeys().size());
        return ref;
    }

    private Map<String, Object> viewRef(View view) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("title", view.title());
        ref.put("uri", SitePaths.of(view));
        return ref;
    }
}
