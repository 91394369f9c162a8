package io.github.bmmsite.index;

import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.index.DataFile.Format;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.link.SitePaths;
import io.github.bmmsite.link.Summary;
import io.github.bmmsite.model.ModelView;
import io.github.bmmsite.model.Relation;
import io.github.bmmsite.model.View;
import io.github.bmmsite.render.OpenDataField;
import io.github.bmmsite.render.OpenDataPage;
import io.github.bmmsite.render.OpenDataSet;
import io.github.bmmsite.render.PageInfo;
import io.github.bmmsite.source.Placeholders;
import io.github.bmmsite.write.OutputFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The model as open data (Ley 1712 de 2014): elements, relationships and views, each as JSON and as
 * CSV (UTF-8, RFC 4180, header row), and a data dictionary that describes every field of every file
 * (file, field, type, description, example), as datos.gov.co publishes data sets. Field names, types,
 * descriptions and values (type names, verbs) are in the site's language; the ArchiMate type has a
 * field of its own for programs. Rows are in model order, so that two bakes write the same bytes.
 */
public final class OpenData {

    private static final String FOLDER = "datos/";
    /** Between the items of a list in one CSV cell: no item has a line break (see {@link #lines}). */
    private static final String LINE = "\n";
    /** Examples longer than this are cut at a word, so that the dictionary stays a table to read. */
    private static final int EXAMPLE_LENGTH = 80;

    private final List<DataSet> sets;
    private final Messages messages;

    private OpenData(List<DataSet> sets, Messages messages) {
        this.sets = sets;
        this.messages = messages;
    }

    /** @param baseUrl what the addresses of pages start with; without it they are relative to the site */
    public static OpenData of(Links links, Optional<String> baseUrl, Messages messages) {
        String base = baseUrl.map(u -> u.endsWith("/") ? u : u + "/").orElse("");
        List<DataSet> data = List.of(elements(links, base, messages), relations(links, messages),
                views(links, base, messages));
        return new OpenData(Stream.concat(data.stream(), Stream.of(dictionary(data, messages))).toList(), messages);
    }

    /** Every file of {@code datos/}, the dictionary last, each written as it is read (they are large). */
    public List<OutputFile> files() {
        List<DataFile> files = sets.stream().flatMap(set -> Stream.of(set.json(), set.csv())).toList();
        return MadeWhenRead.of(files.size(),
                index -> new OutputFile.Bytes(FOLDER + files.get(index).name(), files.get(index).content()));
    }

    /** What the open-data page shows: each set's files and fields. */
    public OpenDataPage page(PageInfo page) {
        return new OpenDataPage(page, sets.stream().map(this::pageSet).toList());
    }

    private OpenDataSet pageSet(DataSet set) {
        List<OpenDataField> fields = new ArrayList<>();
        set.json().fields().forEach(field -> fields.add(pageField(field, set.json())));
        List<String> inJson = set.json().fields().stream().map(Field::name).toList();
        set.csv().fields().stream().filter(field -> !inJson.contains(field.name()))
                .forEach(field -> fields.add(pageField(field, set.csv())));
        return new OpenDataSet(set.name(), set.title(), set.heading(), List.of(set.json().name(), set.csv().name()),
                set.json().rows().size(), fields);
    }

    private OpenDataField pageField(Field field, DataFile file) {
        String example = example(file, field);
        return new OpenDataField(field.name(), messages.text(field.type().messageKey()), field.description(),
                Optional.of(example).filter(e -> !e.isEmpty()));
    }

    private static DataSet elements(Links links, String base, Messages messages) {
        Field code = field(messages, FieldType.TEXT, "openData.name.element.code", "openData.about.element.code");
        Field name = field(messages, FieldType.TEXT, "openData.name.element.name", "openData.about.element.name");
        Field type = field(messages, FieldType.TEXT, "openData.name.element.type", "openData.about.element.type");
        Field archimateType = field(messages, FieldType.TEXT, "openData.name.element.archimateType",
                "openData.about.element.archimateType");
        Field groups = field(messages, FieldType.LIST, "openData.name.element.groups", "openData.about.element.groups");
        Field description = field(messages, FieldType.TEXT, "openData.name.element.description",
                "openData.about.element.description");
        Field url = field(messages, FieldType.URL, "openData.name.element.url", "openData.about.element.url");
        Field views = field(messages, FieldType.LIST, "openData.name.element.views", "openData.about.element.views");
        Field others = field(messages, FieldType.LIST, "openData.name.element.otherDescriptions",
                "openData.about.element.otherDescriptions");
        Field properties = field(messages, FieldType.OBJECT, "openData.name.element.properties",
                "openData.about.element.properties");
        // In parallel, in the model's order: the index stage otherwise leaves a core idle.
        List<Map<String, Object>> rows = links.model().elements().parallelStream().map(element -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(code.name(), element.code().orElse(""));
            row.put(name.name(), Placeholders.plain(element.name()));
            row.put(type.name(), element.type().map(t -> messages.elementType(t.name())).orElse(""));
            row.put(archimateType.name(), element.type().map(t -> t.name()).orElse(""));
            row.put(groups.name(), links.model().groupsOf(element.key()).stream()
                    .map(group -> Placeholders.plain(group.name())).toList());
            row.put(description.name(), Summary.text(links, element.description()));
            row.put(url.name(), base + SitePaths.of(element));
            row.put(views.name(), element.viewSlugs().stream().flatMap(slug -> links.model().view(slug).stream())
                    .map(view -> Placeholders.plain(view.label())).toList());
            row.put(others.name(), element.otherDescriptions().stream()
                    .map(other -> Placeholders.plain(links.model().view(other.viewSlug()).map(View::label)
                            .orElse(other.viewSlug())) + ": " + Summary.text(links, other.description()))
                    .toList());
            Map<String, String> byKey = new LinkedHashMap<>();
            element.properties().forEach(property -> byKey.put(property.key(), property.value()));
            row.put(properties.name(), byKey);
            return row;
        }).toList();
        return set("elementos", messages.text("openData.elements"), messages.text("openData.elementFields"),
                List.of(code, name, type, archimateType, groups, description, url, views, others, properties), rows,
                messages);
    }

    private static DataSet relations(Links links, Messages messages) {
        Field source = field(messages, FieldType.TEXT, "openData.name.relation.source", "openData.about.relation.source");
        Field verb = field(messages, FieldType.TEXT, "openData.name.relation.verb", "openData.about.relation.verb");
        Field archimateType = field(messages, FieldType.TEXT, "openData.name.relation.archimateType",
                "openData.about.relation.archimateType");
        Field target = field(messages, FieldType.TEXT, "openData.name.relation.target", "openData.about.relation.target");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Relation relation : links.model().relations()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(source.name(), Placeholders.plain(relation.sourceKey()));
            row.put(verb.name(), messages.verb(relation.type().id(), true));
            row.put(archimateType.name(), relation.type().id());
            row.put(target.name(), Placeholders.plain(relation.targetKey()));
            rows.add(row);
        }
        return set("relaciones", messages.text("openData.relations"), messages.text("openData.relationFields"),
                List.of(source, verb, archimateType, target), rows, messages);
    }

    /**
     * One row per view: its id in the architecture model (empty for a view no model has), title,
     * folders, text, address and elements (their codes, or names for those without one).
     */
    private static DataSet views(Links links, String base, Messages messages) {
        Field id = field(messages, FieldType.TEXT, "openData.name.view.id", "openData.about.view.id");
        Field title = field(messages, FieldType.TEXT, "openData.name.view.title", "openData.about.view.title");
        Field folders = field(messages, FieldType.LIST, "openData.name.view.folders", "openData.about.view.folders");
        Field documentation = field(messages, FieldType.TEXT, "openData.name.view.documentation",
                "openData.about.view.documentation");
        Field url = field(messages, FieldType.URL, "openData.name.view.url", "openData.about.view.url");
        Field elements = field(messages, FieldType.LIST, "openData.name.view.elements", "openData.about.view.elements");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (View view : links.model().views()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(id.name(), view.viewId().orElse(""));
            row.put(title.name(), Placeholders.plain(view.label()));
            row.put(folders.name(), view.inModel().map(ModelView::folders).orElse(List.of()).stream()
                    .map(Placeholders::plain).toList());
            row.put(documentation.name(), Summary.text(links, view.introduction()));
            row.put(url.name(), base + SitePaths.of(view));
            row.put(elements.name(), view.elementKeys().stream().map(Placeholders::plain).toList());
            rows.add(row);
        }
        return set("vistas", messages.text("openData.views"), messages.text("openData.viewFields"),
                List.of(id, title, folders, documentation, url, elements), rows, messages);
    }

    /**
     * The data dictionary: a row per field of every file, its own two last. Its own examples come
     * from the rows before them, which describe the other files.
     */
    private static DataSet dictionary(List<DataSet> data, Messages messages) {
        List<Field> fields = List.of(
                field(messages, FieldType.TEXT, "openData.name.dictionary.file", "openData.about.dictionary.file"),
                field(messages, FieldType.TEXT, "openData.name.dictionary.field", "openData.about.dictionary.field"),
                field(messages, FieldType.TEXT, "openData.name.dictionary.type", "openData.about.dictionary.type"),
                field(messages, FieldType.TEXT, "openData.name.dictionary.description",
                        "openData.about.dictionary.description"),
                field(messages, FieldType.TEXT, "openData.name.dictionary.example", "openData.about.dictionary.example"));
        String title = messages.text("openData.dictionary");
        String heading = messages.text("openData.dictionaryFields");
        List<Map<String, Object>> rows = new ArrayList<>();
        data.forEach(set -> rows.addAll(described(set, fields, messages)));
        DataSet withoutItself = set("diccionario", title, heading, fields, rows, messages);
        rows.addAll(described(withoutItself, fields, messages));
        return set("diccionario", title, heading, fields, rows, messages);
    }

    /** The dictionary's rows for the fields of a set's JSON file, then of its CSV file. */
    private static List<Map<String, Object>> described(DataSet set, List<Field> dictionary, Messages messages) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DataFile file : List.of(set.json(), set.csv())) {
            for (Field field : file.fields()) {
                List<String> values = List.of(file.name(), field.name(), messages.text(field.type().messageKey()),
                        field.description(), example(file, field));
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < dictionary.size(); i++) {
                    row.put(dictionary.get(i).name(), values.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** A set whose JSON file has these fields and rows, and its CSV twin. */
    private static DataSet set(String name, String title, String heading, List<Field> fields,
                               List<Map<String, Object>> rows, Messages messages) {
        return new DataSet(name, title, heading, new DataFile(name + ".json", Format.JSON, fields, List.copyOf(rows)),
                csv(name + ".csv", fields, rows, messages));
    }

    /**
     * The CSV twin of a JSON file: a list is one cell, an item per line; the object of an element's
     * properties is a column per key ({@code propiedad:estado}), in the order the keys are first met,
     * so that a spreadsheet or datos.gov.co filters and sorts by it, and no key is taken for one of
     * the fixed columns.
     */
    @SuppressWarnings("unchecked")
    private static DataFile csv(String name, List<Field> fields, List<Map<String, Object>> rows, Messages messages) {
        Map<Field, Function<Map<String, Object>, String>> columns = new LinkedHashMap<>();
        for (Field field : fields) {
            switch (field.type()) {
                case LIST -> columns.put(new Field(field.name(), FieldType.LINES, field.description()),
                        row -> lines((List<String>) row.get(field.name())));
                case OBJECT -> rows.stream().flatMap(row -> ((Map<String, String>) row.get(field.name())).keySet().stream())
                        .distinct().forEach(key -> columns.put(new Field(
                                messages.text("openData.name.element.property") + ":" + key, FieldType.TEXT,
                                messages.text("openData.about.element.property", key)),
                                row -> ((Map<String, String>) row.get(field.name())).getOrDefault(key, "")));
                default -> columns.put(field, row -> (String) row.get(field.name()));
            }
        }
        // Made as they are read: a copy of every row would double what open data holds.
        List<Map<String, Object>> cells = MadeWhenRead.of(rows.size(), index -> {
            Map<String, Object> line = new LinkedHashMap<>();
            columns.forEach((column, value) -> line.put(column.name(), value.apply(rows.get(index))));
            return line;
        });
        return new DataFile(name, Format.CSV, List.copyOf(columns.keySet()), cells);
    }

    /**
     * A list in one cell, an item per line. Names and plain text are on one line already; a line
     * break that an architecture model's name may still hold becomes a space, so that a line is an item.
     */
    private static String lines(List<String> items) {
        return String.join(LINE, items.stream().map(item -> item.replaceAll("\\s*\\R\\s*", " ")).toList());
    }

    /** A value of the field from the file, a long text cut at a word (a text without spaces, as an address, whole). */
    private static String example(DataFile file, Field field) {
        String value = file.firstValue(field);
        int cut = value.lastIndexOf(' ', EXAMPLE_LENGTH);
        return value.length() <= EXAMPLE_LENGTH || cut < 0 ? value
                : value.substring(0, cut).replaceAll("[\\s,;:.]+$", "") + "…";
    }

    private static Field field(Messages messages, FieldType type, String nameKey, String descriptionKey) {
        return new Field(messages.text(nameKey), type, messages.text(descriptionKey));
    }
}
