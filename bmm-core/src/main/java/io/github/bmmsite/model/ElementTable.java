package io.github.bmmsite.model;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.notation.ElementType;
import io.github.bmmsite.parse.PandocNodes;
import io.github.bmmsite.parse.ParsedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The export's table of a view's elements, "Elementos del Modelo": a row per element drawn on
 * the view, with its name, its ArchiMate type (in English or Spanish) and its documentation.
 */
final class ElementTable {

    /**
     * @param documentation the documentation cell as written (Markdown)
     */
    record Row(NameKey name, Optional<ElementType> type, String documentation, SourceLocation location) {
    }

    private ElementTable() {
    }

    /** The rows of the first table among the blocks whose header names a name column. */
    static List<Row> rows(ParsedDocument document, List<Node> blocks) {
        for (Node block : blocks) {
            if (block instanceof TableBlock table) {
                return rows(document, table);
            }
        }
        return List.of();
    }

    private static List<Row> rows(ParsedDocument document, TableBlock table) {
        List<String> header = new ArrayList<>();
        for (Node section : table.getChildren()) {
            if (section instanceof TableHead) {
                section.getFirstChild().getChildren().forEach(cell -> header.add(NameKey.normal(PandocNodes.plainText(cell))));
            }
        }
        int name = column(header, "nombre", "name");
        int type = column(header, "tipo", "type");
        int documentation = column(header, "documentacion", "documentation", "descripcion", "description");
        if (name < 0) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (Node section : table.getChildren()) {
            if (!(section instanceof TableBody)) {
                continue;
            }
            for (Node row : section.getChildren()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<TableCell> cells = new ArrayList<>();
                row.getChildren().forEach(cell -> cells.add((TableCell) cell));
                String written = cell(cells, name).map(c -> PandocNodes.plainText(c).strip()).orElse("");
                if (written.isEmpty()) {
                    continue;
                }
                rows.add(new Row(NameKey.of(written),
                        cell(cells, type).map(c -> PandocNodes.plainText(c).strip()).flatMap(ElementTable::typeWritten),
                        cell(cells, documentation).map(c -> c.getText().toString().strip()).orElse(""),
                        document.locationOf(row)));
            }
        }
        return rows;
    }

    /**
     * A type as the export writes it in a table: its ArchiMate name, spaced or not
     * ("Application Component"), or its Spanish label ("Componente de aplicación"), case and accents aside.
     */
    private static Optional<ElementType> typeWritten(String text) {
        return ElementType.named(text).or(() -> ElementType.all().stream()
                .filter(type -> NameKey.normal(type.label()).equals(NameKey.normal(text))).findFirst());
    }

    private static int column(List<String> header, String... names) {
        for (String candidate : names) {
            int at = header.indexOf(candidate);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static Optional<TableCell> cell(List<TableCell> cells, int column) {
        return column >= 0 && column < cells.size() ? Optional.of(cells.get(column)) : Optional.empty();
    }
}
