package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

import java.util.Optional;

/** A property the model gives an element, relation or view. */
public record PropertyRow(
        @Doc("the property's name") String key,
        @Doc("its value") String value,
        @Doc("the value, when it is one web address, to link to") Optional<String> url) {
}
