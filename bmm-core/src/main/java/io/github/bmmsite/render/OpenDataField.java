package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

import java.util.Optional;

/** A field of an open-data file, as the data dictionary describes it. */
public record OpenDataField(
        @Doc("its name: a key in JSON, a column in CSV") String name,
        @Doc("what kind of value it holds (Texto, URL, Lista de textos, Objeto)") String type,
        @Doc("what it means") String description,
        @Doc("a value of it from the data, a long text cut at a word; none when every row leaves it empty") Optional<String> example) {
}
