package io.github.bmmsite.model;

import io.github.bmmsite.diagnostic.SourceLocation;

import io.github.bmmsite.notation.RelationType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A model written in a few lines, for the tests of what is derived from relations. */
final class TestModel {

    private static final SourceLocation HERE = SourceLocation.of(Path.of("vista.model.yaml"), 1);

    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private final Map<String, String> groupOf = new LinkedHashMap<>();
    private final Set<String> keys = new LinkedHashSet<>();
    private final List<Relation> relations = new ArrayList<>();

    /** A group and its members, which become elements. */
    TestModel group(String name, String... members) {
        groups.put(name, List.of(members));
        for (String member : members) {
            element(member);
            groupOf.put(member, name);
        }
        return this;
    }

    TestModel element(String key) {
        keys.add(key);
        return this;
    }

    TestModel relation(String source, RelationType type, String target) {
        element(source);
        element(target);
        relations.add(new Relation(source, type, target, new SourceLocation(HERE.file(), relations.size() + 1, 0)));
        return this;
    }

    TestModel realizes(String source, String... targets) {
        for (String target : targets) {
            relation(source, RelationType.REALIZATION, target);
        }
        return this;
    }

    TestModel influences(String source, String... targets) {
        for (String target : targets) {
            relation(source, RelationType.INFLUENCE, target);
        }
        return this;
    }

    SiteModel build() {
        List<Element> elements = keys.stream().map(key -> new Element(key, Optional.of(key), "Nombre de " + key,
                Slugs.slugify(key), Optional.empty(), Optional.ofNullable(groupOf.get(key)), "vista",
                new Fragment(null, List.of()), HERE)).toList();
        List<Group> groupList = groups.entrySet().stream()
                .map(g -> new Group(g.getKey(), Slugs.slugify(g.getKey()), g.getValue())).toList();
        return new SiteModel(List.of(), groupList, elements, relations, List.of());
    }
}
