package io.github.bmmsite.index;

import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.link.Summary;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.Group;
import io.github.bmmsite.model.ModelView;
import io.github.bmmsite.model.Relation;
import io.github.bmmsite.model.View;
import io.github.bmmsite.source.Placeholders;
import io.github.bmmsite.write.OutputFile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The model as open data (Ley 1712 de 2014): elements, relations and views as JSON and as CSV
 * (UTF-8, RFC 4180, header row), in model order so that two bakes write the same bytes.
 */
public final class OpenData {

    private static final String FOLDER = "datos/";
    private static final List<String> ELEMENT_FIELDS = List.of("code", "name", "type", "group", "description", "url",
            "views", "other_descriptions");
    /** Between the items of a list in one field, so that the CSV keeps one row per element. */
    private static final String LIST_SEPARATOR = " | ";
    private static final List<String> RELATION_FIELDS = List.of("source", "type", "target");
    private static final List<String> VIEW_FIELDS = List.of("id", "title", "folder", "documentation", "url", "elements");
    /**
     * Before a property's key in the header of elementos.csv: a column per key, so that a spreadsheet
     * or datos.gov.co filters and sorts by it, and no key is taken for one of the fixed columns.
     */
    private static final String PROPERTY_COLUMN = "propiedad:";

    private OpenData() {
    }

    public static List<OutputFile> files(Links links, Optional<String> baseUrl) {
        String base = baseUrl.map(u -> u.endsWith("/") ? u : u + "/").orElse("");
        List<Map<String, String>> elements = elements(links, base);
        List<Map<String, String>> relations = relations(links);
        List<Map<String, Object>> views = views(links, base);
        List<String> propertyColumns = links.model().elements().stream().flatMap(e -> e.properties().stream())
                .map(property -> PROPERTY_COLUMN + property.key()).distinct().toList();
        return List.of(
                file("elementos.json", Json.array(withProperties(links, elements))),
                file("elementos.csv", Csv.table(Stream.concat(ELEMENT_FIELDS.stream(), propertyColumns.stream())
                        .toList(), withPropertyColumns(links, elements))),
                file("relaciones.json", Json.array(relations)),
                file("relaciones.csv", Csv.table(RELATION_FIELDS, relations)),
                file("vistas.json", Json.array(views)),
                file("vistas.csv", Csv.table(VIEW_FIELDS, views.stream().map(OpenData::listsJoined).toList())));
    }

    /** In JSON, an element's properties are an object ({@code "properties": {"estado": "Productivo"}}). */
    private static List<Map<String, Object>> withProperties(Links links, List<Map<String, String>> elements) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>(elements.get(i));
            Map<String, String> properties = new LinkedHashMap<>();
            links.model().elements().get(i).properties().forEach(p -> properties.put(p.key(), p.value()));
            row.put("properties", properties);
            rows.add(row);
        }
        return rows;
    }

    /** In CSV, each property key is a column ({@code propiedad:estado}); an element without it leaves it empty. */
    private static List<Map<String, String>> withPropertyColumns(Links links, List<Map<String, String>> elements) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Map<String, String> row = new LinkedHashMap<>(elements.get(i));
            links.model().elements().get(i).properties().forEach(p -> row.put(PROPERTY_COLUMN + p.key(), p.value()));
            rows.add(row);
        }
        return rows;
    }

    /**
     * One row per view: its id in the architecture model (empty for a view no model has), title,
     * folders, text, address and elements (their codes, or names for those without one).
     */
    private static List<Map<String, Object>> views(Links links, String base) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (View view : links.model().views()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", view.viewId().orElse(""));
            row.put("title", Placeholders.plain(view.label()));
            row.put("folder", Placeholders.plain(String.join(" / ",
                    view.inModel().map(ModelView::folders).orElse(List.of()))));
            row.put("documentation", Summary.text(links, view.introduction()));
            row.put("url", base + SitePaths.of(view));
            row.put("elements", view.elementKeys().stream().map(Placeholders::plain).toList());
            rows.add(row);
        }
        return rows;
    }

    /** A list in one CSV field, its items separated as the other files separate them. */
    private static Map<String, String> listsJoined(Map<String, Object> row) {
        Map<String, String> joined = new LinkedHashMap<>();
        row.forEach((field, value) -> joined.put(field, value instanceof List<?> list
                ? String.join(LIST_SEPARATOR, list.stream().map(String::valueOf).toList()) : (String) value));
        return joined;
    }

    private static OutputFile file(String name, String content) {
        return new OutputFile.Bytes(FOLDER + name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Map<String, String>> elements(Links links, String base) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Element element : links.model().elements()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("code", element.code().orElse(""));
            row.put("name", Placeholders.plain(element.name()));
            row.put("type", element.type().map(t -> t.name()).orElse(""));
            row.put("group", Placeholders.plain(String.join(LIST_SEPARATOR,
                    links.model().groupsOf(element.key()).stream().map(Group::name).toList())));
            row.put("description", Summary.text(links, element.description()));
            row.put("url", base + SitePaths.of(element));
            row.put("views", Placeholders.plain(String.join(LIST_SEPARATOR, element.viewSlugs().stream()
                    .flatMap(slug -> links.model().view(slug).stream()).map(View::label).toList())));
            row.put("other_descriptions", String.join(LIST_SEPARATOR, element.otherDescriptions().stream()
                    .map(other -> Placeholders.plain(links.model().view(other.viewSlug()).map(View::label)
                            .orElse(other.viewSlug())) + ": " + Summary.text(links, other.description()))
                    .toList()));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, String>> relations(Links links) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Relation relation : links.model().relations()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("source", Placeholders.plain(relation.sourceKey()));
            row.put("type", relation.type().id());
            row.put("target", Placeholders.plain(relation.targetKey()));
            rows.add(row);
        }
        return rows;
    }
}
