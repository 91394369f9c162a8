package io.github.bmmsite.render;

import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.SiteModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The elements an element page lists beside its text: those of the element's first group, else of its
 * first view, as far as one page of a list of them goes ({@code pageSize}), the slice that holds the
 * element; so a group of ten thousand adds no more to each of its pages than a page of its list.
 */
final class ElementNeighbours {

    private final SiteModel model;
    private final int pageSize;
    private final Function<Element, ElementRef> refs;
    /** Each group's ("group:" + name) and view's ("view:" + slug) elements by key, with their place. */
    private final Map<String, Map<String, Integer>> places = new ConcurrentHashMap<>();

    ElementNeighbours(SiteModel model, int pageSize, Function<Element, ElementRef> refs) {
        this.model = model;
        this.pageSize = pageSize;
        this.refs = refs;
    }

    /** Empty when the element is alone in its group or view, or in neither. */
    Optional<ElementPage.Neighbours> of(Element element) {
        return element.group().flatMap(model::group)
                .map(group -> neighbours("group", group.name(), SitePaths.of(group), "group:" + group.name(),
                        group.memberKeys(), element))
                .or(() -> model.view(element.viewSlug())
                        .map(view -> neighbours("view", view.label(), SitePaths.of(view), "view:" + view.slug(),
                                view.elementKeys(), element)))
                .filter(neighbours -> neighbours.size() > 1);
    }

    private ElementPage.Neighbours neighbours(String kind, String title, String uri, String placesKey,
                                              List<String> keys, Element element) {
        int place = places.computeIfAbsent(placesKey, k -> placesOf(keys)).getOrDefault(element.key(), 0);
        int start = place / pageSize * pageSize;
        List<ElementRef> slice = keys.subList(start, Math.min(keys.size(), start + pageSize)).stream()
                .map(key -> refs.apply(model.element(key).orElseThrow())).toList();
        return new ElementPage.Neighbours(kind, title, uri, keys.size(), slice);
    }

    private static Map<String, Integer> placesOf(List<String> keys) {
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            places.putIfAbsent(keys.get(i), i);
        }
        return places;
    }
}
