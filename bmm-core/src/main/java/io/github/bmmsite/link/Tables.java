package io.github.bmmsite.link;

import com.vladsch.flexmark.util.ast.Document;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables with a {@code {#tbl:…}} caption, numbered in reading order across the documents. Ids
 * are each document's own, as figure ids are: an id names its document's table first.
 */
final class Tables {

    private final Map<Document, Map<String, NumberedTable>> byDocument;
    private final Map<String, NumberedTable> first = new LinkedHashMap<>();
    private final List<NumberedTable> all;

    Tables(Map<Document, Map<String, NumberedTable>> byDocument) {
        this.byDocument = byDocument;
        this.all = byDocument.values().stream().flatMap(tables -> tables.values().stream())
                .sorted(Comparator.comparingInt(NumberedTable::number)).toList();
        all.forEach(table -> first.putIfAbsent(table.id(), table));
    }

    Optional<NumberedTable> table(Document document, String id) {
        return Optional.ofNullable(byDocument.getOrDefault(document, Map.of()).get(id))
                .or(() -> Optional.ofNullable(first.get(id)));
    }

    /** Every numbered table, in number order. */
    List<NumberedTable> all() {
        return all;
    }
}
