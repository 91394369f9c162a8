package io.github.bmmsite.model;

import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.notation.RelationType;

/** {@code source} {@code type} {@code target}, between element keys. */
public record Relation(String sourceKey, RelationType type, String targetKey, SourceLocation declaredAt,
                       RelationDetails details) {

    /** A relation of which nothing is known but its ends and type (a model file's). */
    public Relation(String sourceKey, RelationType type, String targetKey, SourceLocation declaredAt) {
        this(sourceKey, type, targetKey, declaredAt, RelationDetails.NONE);
    }

    Relation withDetails(RelationDetails newDetails) {
        return new Relation(sourceKey, type, targetKey, declaredAt, newDetails);
    }
}
