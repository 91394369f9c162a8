package io.github.bmmsite.render;

import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.notation.RelationType;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The legend of an element page: each relation verb the page shows ("realiza") with its meaning in
 * plain words ("contribuye a cumplir o hacer realidad"), looked up by the words the page shows, so that
 * it lists exactly those.
 */
final class RelationLegend {

    private final Map<String, String> meanings = new HashMap<>();

    RelationLegend(Messages messages) {
        for (RelationType type : RelationType.values()) {
            for (boolean forward : new boolean[] {true, false}) {
                meanings.putIfAbsent(messages.verb(type.id(), forward), messages.verbMeaning(type.id(), forward));
            }
        }
    }

    /** The verbs of the relations' headings, then those only the value chain shows. */
    List<ElementPage.VerbMeaning> of(List<ElementPage.RelationGroup> relations, Optional<ValueChainData> valueChain) {
        Set<String> verbs = new LinkedHashSet<>();
        relations.forEach(group -> verbs.add(group.verb()));
        valueChain.ifPresent(chain -> {
            addVerbs(chain.up(), verbs);
            addVerbs(chain.down(), verbs);
        });
        return verbs.stream().map(verb -> new ElementPage.VerbMeaning(verb, meanings.get(verb))).toList();
    }

    private static void addVerbs(List<ValueChainData.Link> links, Set<String> verbs) {
        for (ValueChainData.Link link : links) {
            verbs.add(link.verb());
            addVerbs(link.children(), verbs);
        }
    }
}
