package io.github.bmmsite.archimate;

import io.github.bmmsite.notation.RelationType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The element-to-element relationships that chains through junctions make (see {@link ArchimateModel#relationshipsThroughJunctions()}). */
final class JunctionPaths {

    private JunctionPaths() {
    }

    /** What a relationship says, whatever its id and name. */
    private record Statement(String sourceId, RelationType type, String targetId) {
    }

    static List<ArchimateRelationship> relationships(Iterable<ArchimateRelationship> direct,
                                                     Iterable<ArchimateRelationship> throughJunctions,
                                                     Set<String> junctionIds) {
        Map<String, List<ArchimateRelationship>> outOf = new LinkedHashMap<>();
        throughJunctions.forEach(r -> outOf.computeIfAbsent(r.sourceId(), id -> new ArrayList<>()).add(r));
        Set<Statement> stated = new HashSet<>();
        direct.forEach(r -> stated.add(new Statement(r.sourceId(), r.type(), r.targetId())));
        List<ArchimateRelationship> derived = new ArrayList<>();
        for (ArchimateRelationship into : throughJunctions) {
            if (junctionIds.contains(into.sourceId()) || !junctionIds.contains(into.targetId())) {
                continue;
            }
            follow(into, into.targetId(), into.name(), new HashSet<>(), outOf, junctionIds, stated, derived);
        }
        return List.copyOf(derived);
    }

    /** Every element reached from {@code junction} by relationships of {@code into}'s type, junctions passed once. */
    private static void follow(ArchimateRelationship into, String junction, String name, Set<String> passed,
                               Map<String, List<ArchimateRelationship>> outOf, Set<String> junctionIds,
                               Set<Statement> stated, List<ArchimateRelationship> derived) {
        if (!passed.add(junction)) {
            return;
        }
        for (ArchimateRelationship out : outOf.getOrDefault(junction, List.of())) {
            if (out.type() != into.type()) {
                continue;
            }
            String named = name.isEmpty() ? out.name() : name;
            if (junctionIds.contains(out.targetId())) {
                follow(into, out.targetId(), named, passed, outOf, junctionIds, stated, derived);
            } else if (stated.add(new Statement(into.sourceId(), into.type(), out.targetId()))) {
                derived.add(new ArchimateRelationship(into.id() + "+" + out.id(), into.type(), into.sourceId(),
                        out.targetId(), named, "", Map.of(), into.location()));
            }
        }
    }
}
