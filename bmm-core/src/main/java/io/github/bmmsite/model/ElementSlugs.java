package io.github.bmmsite.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The page names of elements: the code, else the name, as a slug ({@code o7},
 * {@code gestion-de-tramites}). Elements whose names give one slug are all told apart, none
 * keeping the plain one: by type ({@code taquilla-instalacion}, {@code taquilla-rol-de-negocio}),
 * else by the view that shows them first, a number only when nothing else does. Each element's
 * name depends on the elements of its name alone, so it does not change when others are added.
 */
final class ElementSlugs {

    private ElementSlugs() {
    }

    /**
     * @param elements in reading order
     * @param viewTitle the title of the view that shows each element first
     * @return each element's slug, by key
     */
    static Map<String, String> of(List<Element> elements, Function<Element, String> viewTitle) {
        Map<String, List<Element>> byPlain = new LinkedHashMap<>();
        for (Element element : elements) {
            byPlain.computeIfAbsent(plain(element), slug -> new ArrayList<>()).add(element);
        }
        Set<String> taken = new HashSet<>();
        byPlain.forEach((slug, named) -> {
            if (named.size() == 1) {
                taken.add(slug);
            }
        });
        Map<String, String> slugs = new LinkedHashMap<>();
        byPlain.forEach((slug, named) -> {
            if (named.size() == 1) {
                slugs.put(named.get(0).key(), slug);
                return;
            }
            List<Element> unqualified = new ArrayList<>();
            for (Element element : named) {
                List<String> candidates = new ArrayList<>();
                element.type().ifPresent(type -> candidates.add(Slugs.slugify(element.name() + " " + type.label())));
                candidates.add(Slugs.slugify(element.name() + " " + viewTitle.apply(element)));
                candidates.stream().filter(candidate -> unique(candidate, element, named, viewTitle)
                        && !taken.contains(candidate)).findFirst().ifPresentOrElse(chosen -> {
                            taken.add(chosen);
                            slugs.put(element.key(), chosen);
                        }, () -> unqualified.add(element));
            }
            // Nothing tells these apart: the first that is left keeps the plain name, if no other took it.
            for (Element element : unqualified) {
                String chosen = taken.contains(slug) ? numbered(slug, taken) : slug;
                taken.add(chosen);
                slugs.put(element.key(), chosen);
            }
        });
        return slugs;
    }

    private static String plain(Element element) {
        return Slugs.slugify(element.code().orElse(element.name()));
    }

    /** Whether no other element of the same plain slug would take this candidate too. */
    private static boolean unique(String candidate, Element element, List<Element> named,
                                  Function<Element, String> viewTitle) {
        return named.stream().filter(other -> other != element).noneMatch(other ->
                other.type().map(type -> Slugs.slugify(other.name() + " " + type.label())).filter(candidate::equals)
                        .isPresent() || Slugs.slugify(other.name() + " " + viewTitle.apply(other)).equals(candidate));
    }

    private static String numbered(String slug, Set<String> taken) {
        int n = 2;
        while (taken.contains(slug + "-" + n)) {
            n++;
        }
        return slug + "-" + n;
    }
}
