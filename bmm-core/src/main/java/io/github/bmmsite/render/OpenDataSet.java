package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;

import java.util.List;

/** One set of open data, published as a JSON and a CSV file. */
public record OpenDataSet(
        @Doc("the files' name without extension, also the id of its section: elementos, relaciones, vistas, diccionario") String name,
        @Doc("what the files hold (Elementos)") String title,
        @Doc("the heading of its fields (Campos de los elementos)") String heading,
        @Doc("its files: the JSON one, then the CSV one") List<String> files,
        @Doc("how many rows each file has") int rows,
        @Doc("the fields of both files, then those of the CSV file alone (a column per property)") List<OpenDataField> fields) {
}
