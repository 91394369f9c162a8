package io.github.bmmsite.model;

import io.github.bmmsite.diagnostic.SourceLocation;

/** {@code source} {@code type} {@code target}, between element keys. */
public record Relation(String sourceKey, RelationType type, String targetKey, SourceLocation declaredAt) {
}
