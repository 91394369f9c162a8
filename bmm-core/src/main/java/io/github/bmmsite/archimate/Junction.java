package io.github.bmmsite.archimate;

import io.github.bmmsite.diagnostic.SourceLocation;

/**
 * A junction of the model: relationships of one type meet there, all of them together ("and")
 * or one of them ("or"). It has no name and no page; relationships through it join elements.
 */
public record Junction(String id, boolean or, SourceLocation location) {
}
