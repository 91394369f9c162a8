package io.github.bmmsite.index;

/** A field of an open-data file: its name there (a CSV column, a JSON key), what it holds and what it means. */
record Field(String name, FieldType type, String description) {
}
