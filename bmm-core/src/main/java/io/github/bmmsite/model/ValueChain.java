package io.github.bmmsite.model;

import io.github.bmmsite.notation.RelationType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The "cadena de valor" of an element: what it realises or influences, and what that realises
 * or influences in turn, up to the elements that realise or influence nothing (the top
 * objectives); and the other way, what realises or influences it, down to what nothing serves.
 * Only realization and influence make the chain: the other relationships say how things are
 * built or connected, not what they are for.
 *
 * <p>Each tree is built breadth first, so an element reached by several paths is developed
 * where it is nearest to the start and only named elsewhere ({@link Note#SHOWN_ELSEWHERE}); an
 * element that leads back to one of its own ancestors closes a cycle ({@link Note#CYCLE}). A
 * tree holds at most {@link Limits#maxElements()} elements and {@link Limits#maxDepth()} levels.
 *
 * @param up what the element serves, towards the top
 * @param down what serves the element
 * @param upLimited whether a bound left part of {@code up} out
 * @param downLimited whether a bound left part of {@code down} out
 */
public record ValueChain(List<Node> up, List<Node> down, boolean upLimited, boolean downLimited) {

    /** The relationships that carry value from an element to what it serves. */
    public static final Set<RelationType> TYPES = EnumSet.of(RelationType.REALIZATION, RelationType.INFLUENCE);

    /** Bounds of each tree, for models of thousands of elements. */
    public record Limits(int maxDepth, int maxElements) {
        /**
         * Motivation chains of real models are a handful of levels deep; 30 elements each way are a
         * screen or two of reading (some 10 KB of page), and "continues" links lead on from there.
         */
        public static final Limits DEFAULT = new Limits(8, 30);
    }

    /** Why a node shows no children although its element has some. */
    public enum Note {
        NONE,
        /** The element is one of the node's ancestors. */
        CYCLE,
        /** The element's own chain is developed at another node of the tree. */
        SHOWN_ELSEWHERE,
        /** A bound of the tree was reached: the chain goes on from the element's own page. */
        CONTINUES
    }

    /**
     * One step of the chain.
     *
     * @param relation the relation that links the element to the node above it
     */
    public record Node(String key, Relation relation, Note note, List<Node> children) {

        public Node {
            children = List.copyOf(children);
        }
    }

    public ValueChain {
        up = List.copyOf(up);
        down = List.copyOf(down);
    }

    public boolean isEmpty() {
        return up.isEmpty() && down.isEmpty();
    }

    /** Whether a bound left part of either tree out. */
    public boolean limited() {
        return upLimited || downLimited;
    }

    /**
     * The chain without each direction that goes one step only: that step is the element's own
     * relations, which its page lists already, so only a chain of two or more steps tells more.
     */
    public ValueChain beyondDirectRelations() {
        boolean keepUp = goesBeyondOneStep(up);
        boolean keepDown = goesBeyondOneStep(down);
        return new ValueChain(keepUp ? up : List.of(), keepDown ? down : List.of(), keepUp && upLimited,
                keepDown && downLimited);
    }

    private static boolean goesBeyondOneStep(List<Node> nodes) {
        return nodes.stream().anyMatch(node -> !node.children().isEmpty() || node.note() == Note.CONTINUES);
    }

    public static ValueChain of(SiteModel model, String key) {
        return of(model, key, Limits.DEFAULT);
    }

    public static ValueChain of(SiteModel model, String key, Limits limits) {
        Tree up = new Tree(model, limits, key, SiteModel::outgoing, Relation::targetKey);
        Tree down = new Tree(model, limits, key, SiteModel::incoming, Relation::sourceKey);
        return new ValueChain(up.children(), down.children(), up.limited, down.limited);
    }

    /** A tree in the making: nodes are filled in breadth first, then frozen into {@link Node}s. */
    private static final class Tree {

        private final SiteModel model;
        private final BiFunction<SiteModel, String, List<Relation>> relations;
        private final Function<Relation, String> otherEnd;
        private final Draft root;
        private final Map<String, List<Relation>> steps = new HashMap<>();
        private boolean limited;

        Tree(SiteModel model, Limits limits, String start,
             BiFunction<SiteModel, String, List<Relation>> relations, Function<Relation, String> otherEnd) {
            this.model = model;
            this.relations = relations;
            this.otherEnd = otherEnd;
            this.root = new Draft(start, null, null, 0);
            build(limits);
        }

        private void build(Limits limits) {
            Set<String> developed = new HashSet<>(Set.of(root.key));
            Queue<Draft> queue = new ArrayDeque<>(List.of(root));
            int count = 0;
            while (!queue.isEmpty()) {
                Draft node = queue.remove();
                List<Relation> steps = steps(node.key);
                if (steps.isEmpty()) {
                    continue;
                }
                if (node.depth == limits.maxDepth()) {
                    node.note = Note.CONTINUES;
                    limited = true;
                    continue;
                }
                for (Relation step : steps) {
                    if (count == limits.maxElements()) {
                        node.note = Note.CONTINUES;
                        limited = true;
                        break;
                    }
                    String key = otherEnd.apply(step);
                    Draft child = new Draft(key, step, node, node.depth + 1);
                    node.children.add(child);
                    count++;
                    if (node.hasAncestorOrSelf(key)) {
                        child.note = Note.CYCLE;
                    } else if (developed.add(key)) {
                        queue.add(child);
                    } else if (!steps(key).isEmpty()) {
                        child.note = Note.SHOWN_ELSEWHERE;
                    }
                }
            }
        }

        /** The relations that lead on from an element, to elements of the site, one per other end and type. */
        private List<Relation> steps(String key) {
            return steps.computeIfAbsent(key, k -> {
                List<Relation> found = new ArrayList<>();
                Set<Map.Entry<RelationType, String>> seen = new HashSet<>();
                for (Relation relation : relations.apply(model, k)) {
                    String other = otherEnd.apply(relation);
                    if (TYPES.contains(relation.type()) && model.element(other).isPresent()
                            && seen.add(Map.entry(relation.type(), other))) {
                        found.add(relation);
                    }
                }
                return found;
            });
        }

        List<Node> children() {
            return root.children.stream().map(Draft::freeze).toList();
        }
    }

    private static final class Draft {
        final String key;
        final Relation relation;
        final Draft parent;
        final int depth;
        final List<Draft> children = new ArrayList<>();
        Note note = Note.NONE;

        Draft(String key, Relation relation, Draft parent, int depth) {
            this.key = key;
            this.relation = relation;
            this.parent = parent;
            this.depth = depth;
        }

        boolean hasAncestorOrSelf(String other) {
            for (Draft at = this; at != null; at = at.parent) {
                if (at.key.equals(other)) {
                    return true;
                }
            }
            return false;
        }

        Node freeze() {
            return new Node(key, relation, note, children.stream().map(Draft::freeze).toList());
        }
    }
}
