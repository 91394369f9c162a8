package io.github.bmmsite.index;

/**
 * A set of open data published twice, as JSON and as CSV, with what the open-data page calls it
 * ("Elementos") and the heading of its fields ("Campos de los elementos").
 */
record DataSet(String name, String title, String heading, DataFile json, DataFile csv) {
}
