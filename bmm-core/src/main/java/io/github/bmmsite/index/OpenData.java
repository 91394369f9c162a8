package io.github.bmmsite.index;

import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.model.Element;
import io.github.bmmsite.model.Group;
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

/**
 * The model as open data (Ley 1712 de 2014): elements and relations as JSON and as CSV (UTF-8,
 * RFC 4180, header row), in model order so that two bakes write the same bytes.
 */
public final class OpenData {

    private static final String FOLDER = "datos/";
    private static final List<String> ELEMENT_FIELDS = List.of("code", "name", "type", "group", "description", "url",
            "views", "other_descriptions");
    /** Between the items of a list in one field, so that the CSV keeps one row per element. */
    private static final String LIST_SEPARATOR = " | ";
    private static final List<String> RELATION_FIELDS = List.of("source", "type", "target");

    private OpenData() {
    }

    public static List<OutputFile> files(Links links, Optional<String> baseUrl) {
        List<Map<String, String>> elements = elements(links, baseUrl.map(u -> u.endsWith("/") ? u : u + "/").orElse(""));
        List<Map<String, String>> relations = relations(links);
        return List.of(
                file("elementos.json", Json.array(elements)),
                file("elementos.csv", Csv.table(ELEMENT_FIELDS, elements)),
                file("relaciones.json", Json.array(relations)),
                file("relaciones.csv", Csv.table(RELATION_FIELDS, relations)));
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
