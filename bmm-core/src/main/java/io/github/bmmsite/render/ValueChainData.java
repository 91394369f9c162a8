package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

import java.util.List;
import java.util.Optional;

/** An element's value chain: what it realises, influences or serves up to the goals, and down. */
public record ValueChainData(
        @Doc("the tree of what the element leads to") List<Link> up,
        @Doc("the tree of what leads to the element") List<Link> down,
        @Doc("whether a bound left part of either tree out") boolean limited,
        @Doc("the deepest a tree goes") int maxDepth,
        @Doc("the most elements a tree shows") int maxElements) {

    /** One step of a tree. */
    public record Link(
            @Doc("the relation's verb, read from the element before") String verb,
            @Doc("the element reached") ElementRef element,
            @Doc("cycle, elsewhere (shown before) or continues (cut by a bound), when the tree stops here")
            Optional<String> note,
            @Doc("the steps after this one") List<Link> children) {
    }
}
