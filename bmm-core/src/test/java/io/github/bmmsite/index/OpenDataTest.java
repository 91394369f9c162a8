package io.github.bmmsite.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.bmmsite.Fixtures;
import io.github.bmmsite.bake.BakeOptions;
import io.github.bmmsite.bake.Baker;
import io.github.bmmsite.bake.ModelOnlySite;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.i18n.Messages;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.model.ArchitectureOptions;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.parse.ParsedDocument;
import io.github.bmmsite.render.OpenDataField;
import io.github.bmmsite.render.OpenDataSet;
import io.github.bmmsite.render.PageInfo;
import io.github.bmmsite.write.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class OpenDataTest {

    private static final Messages SPANISH = Messages.builtIn("es");
    private static final Messages ENGLISH = Messages.builtIn("en");

    /** Two views: "Toma de decisiones" is in both, described differently, and in a group of the first. */
    private static final List<String> DOCUMENTS = List.of("""
            ## Vista

            ### O1: Uno, "el primero"
            Texto con coma, comillas "así" y
            dos líneas para $CLIENTE.
            ### Procesos
            ### Toma de decisiones
            Proceso.
            """, """
            ## Otra vista

            ### Toma de decisiones
            Otro texto.
            """);

    private final Diagnostics diagnostics = new Diagnostics();

    private Links links() {
        List<ParsedDocument> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS.size(); i++) {
            documents.add(Fixtures.document("vista" + i + ".md", DOCUMENTS.get(i), diagnostics));
        }
        SiteModel model = Fixtures.model(diagnostics, Map.of("CLIENTE", "la Secretaría"), documents,
                List.of(Fixtures.modelFile("vista.model.yaml", """
                        types:
                          Goal: [O1]
                          BusinessProcess: [Toma de decisiones]
                        relations:
                          realization:
                            Toma de decisiones: O1
                        """, diagnostics)));
        return Fixtures.links(model, Map.of("CLIENTE", "la Secretaría"), diagnostics);
    }

    private Map<String, String> files(Messages messages) {
        return contents(OpenData.of(links(), Optional.of("https://example.org/sitio"), messages).files());
    }

    private static Map<String, String> contents(List<OutputFile> files) {
        Map<String, String> contents = new LinkedHashMap<>();
        files.forEach(f -> contents.put(f.sitePath().substring("datos/".length()),
                new String(((OutputFile.Bytes) f).content(), StandardCharsets.UTF_8)));
        return contents;
    }

    @Test
    void aSpanishSiteWritesSpanishFieldNamesTypeNamesAndVerbsBesideArchimatesNames() throws Exception {
        Map<String, String> files = files(SPANISH);

        assertThat(files).containsOnlyKeys("elementos.json", "elementos.csv", "relaciones.json", "relaciones.csv",
                "vistas.json", "vistas.csv", "diccionario.json", "diccionario.csv");
        assertThat(header(files.get("elementos.csv"))).containsExactly("codigo", "nombre", "tipo", "tipo_archimate",
                "grupos", "descripcion", "url", "vistas", "otras_descripciones");
        assertThat(header(files.get("relaciones.csv"))).containsExactly("origen", "relacion", "tipo_archimate", "destino");
        assertThat(header(files.get("vistas.csv")))
                .containsExactly("id", "titulo", "carpetas", "documentacion", "url", "elementos");
        assertThat(header(files.get("diccionario.csv"))).containsExactly("archivo", "campo", "tipo", "descripcion", "ejemplo");
        assertThat(json(files.get("elementos.json"))).extracting(row -> row.get("tipo"), row -> row.get("tipo_archimate"))
                .containsExactly(tuple("Objetivo", "Goal"), tuple("Proceso de negocio", "BusinessProcess"));
        assertThat(json(files.get("relaciones.json"))).containsExactly(Map.of("origen", "Toma de decisiones",
                "relacion", "realiza", "tipo_archimate", "realization", "destino", "O1"));
    }

    @Test
    void anEnglishSiteWritesEnglishFieldNamesTypeNamesAndVerbs() throws Exception {
        Map<String, String> files = files(ENGLISH);

        assertThat(header(files.get("elementos.csv"))).containsExactly("code", "name", "type", "archimate_type",
                "groups", "description", "url", "views", "other_descriptions");
        assertThat(header(files.get("relaciones.csv"))).containsExactly("source", "relationship", "archimate_type", "target");
        assertThat(header(files.get("vistas.csv")))
                .containsExactly("id", "title", "folders", "documentation", "url", "elements");
        assertThat(header(files.get("diccionario.csv"))).containsExactly("file", "field", "type", "description", "example");
        assertThat(json(files.get("elementos.json"))).extracting(row -> row.get("type"), row -> row.get("archimate_type"))
                .containsExactly(tuple("Goal", "Goal"), tuple("Business process", "BusinessProcess"));
        assertThat(json(files.get("relaciones.json"))).containsExactly(Map.of("source", "Toma de decisiones",
                "relationship", "realizes", "archimate_type", "realization", "target", "O1"));
        assertThat(csv(files.get("diccionario.csv"))).contains(Map.of("file", "elementos.csv", "field", "groups",
                "type", "List of texts, one per line", "description",
                "Groups it belongs to (an element that several views show may be in a group of each).",
                "example", "Procesos"));
    }

    @Test
    void listsAreArraysInJsonAndOneCsvCellWithAnItemPerLine() throws Exception {
        Map<String, String> files = files(SPANISH);

        Map<String, Object> decisions = json(files.get("elementos.json")).get(1);
        assertThat(decisions).contains(entry("grupos", List.of("Procesos")), entry("vistas", List.of("Vista", "Otra vista")),
                entry("otras_descripciones", List.of("Otra vista: Otro texto.")), entry("propiedades", Map.of()));
        assertThat(json(files.get("vistas.json"))).extracting(row -> row.get("carpetas"), row -> row.get("elementos"))
                .containsExactly(tuple(List.of(), List.of("O1", "Toma de decisiones")),
                        tuple(List.of(), List.of("Toma de decisiones")));
        assertThat(csv(files.get("elementos.csv")).get(1)).contains(entry("grupos", "Procesos"),
                entry("vistas", "Vista\nOtra vista"), entry("otras_descripciones", "Otra vista: Otro texto."));
        assertThat(files.get("vistas.csv")).contains(",\"O1\nToma de decisiones\"\r\n");
        for (String set : List.of("elementos", "relaciones", "vistas", "diccionario")) {
            assertThat(csv(files.get(set + ".csv"))).as(set).isEqualTo(asCsvCells(json(files.get(set + ".json"))));
        }
    }

    @Test
    void csvFollowsRfc4180() {
        String csv = files(SPANISH).get("elementos.csv");

        assertThat(csv).startsWith("codigo,nombre,tipo,tipo_archimate,grupos,descripcion,url,vistas,otras_descripciones\r\n")
                .contains("O1,\"Uno, \"\"el primero\"\"\",Objetivo,Goal,,\"Texto con coma, comillas \"\"así\"\" y dos")
                .endsWith("\r\n");
    }

    /** Read as the open-data page and datos.gov.co read them: each file's own fields, described once each. */
    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"es", "en"})
    void theDictionaryDescribesEveryFieldOfEveryFileOnce(String language) throws Exception {
        Messages messages = Messages.builtIn(language);
        Map<String, String> files = files(messages);
        String file = messages.text("openData.name.dictionary.file");
        String field = messages.text("openData.name.dictionary.field");

        List<Map<String, String>> dictionary = csv(files.get("diccionario.csv"));
        assertThat(dictionary).extracting(row -> row.get(file) + " " + row.get(field))
                .containsExactlyInAnyOrderElementsOf(fieldsOf(files)).doesNotHaveDuplicates();
        assertThat(json(files.get("diccionario.json"))).isEqualTo(List.copyOf(dictionary));
        assertThat(dictionary).allSatisfy(row -> assertThat(row.values()).as(row.toString()).hasSize(5)
                .filteredOn(String::isEmpty).hasSizeLessThanOrEqualTo(1));
    }

    @Test
    void aModelsPropertiesAreCsvColumnsThatTheDictionaryAndThePageDescribe(@TempDir Path work) throws Exception {
        String licence = "Creative Commons Atribución 4.0 Internacional";
        String licenceUrl = "https://creativecommons.org/licenses/by/4.0/deed.es";
        BakeOptions options = ModelOnlySite.options(work, ArchitectureOptions.DEFAULT).toBuilder().config(Map.of(
                "site_title", "Arquitectura", "open_data_license", licence, "open_data_license_url", licenceUrl)).build();
        new Baker(options).bake();
        Map<String, String> files = new LinkedHashMap<>();
        for (String set : List.of("elementos", "relaciones", "vistas", "diccionario")) {
            for (String file : List.of(set + ".json", set + ".csv")) {
                files.put(file, Files.readString(options.output().resolve("datos").resolve(file)));
            }
        }
        List<Map<String, String>> dictionary = csv(files.get("diccionario.csv"));

        assertThat(header(files.get("elementos.csv"))).endsWith("otras_descripciones", "propiedad:responsable",
                "propiedad:estado", "propiedad:manual");
        assertThat(dictionary).extracting(row -> row.get("archivo") + " " + row.get("campo"))
                .containsExactlyInAnyOrderElementsOf(fieldsOf(files));
        assertThat(dictionary).contains(row("elementos.csv", "propiedad:estado", "Texto",
                "Propiedad «estado» del elemento en el modelo de arquitectura; vacío si no la tiene.", "Productivo"));
        Document page = Jsoup.parse(options.output().resolve("datos/index.html").toFile());
        assertThat(page.select("#elementos + table tbody th").eachText()).endsWith("otras_descripciones", "propiedades",
                "propiedad:responsable", "propiedad:estado", "propiedad:manual");
        assertThat(page.select("#licencia + p a").attr("href")).isEqualTo(licenceUrl);
        assertThat(page.select("#licencia + p").text()).isEqualTo(licence);
    }

    @Test
    void theDictionaryGivesATypeAndAShortExampleFromTheData() throws Exception {
        List<Map<String, String>> dictionary = csv(files(SPANISH).get("diccionario.csv"));

        assertThat(dictionary).contains(
                row("elementos.json", "codigo", "Texto", "Código del elemento; vacío si no tiene.", "O1"),
                row("elementos.json", "grupos", "Lista de textos", SPANISH.text("openData.about.element.groups"), "Procesos"),
                row("elementos.csv", "grupos", "Lista de textos, uno por línea",
                        SPANISH.text("openData.about.element.groups"), "Procesos"),
                row("elementos.json", "url", "URL", "Dirección de la página del elemento.",
                        "https://example.org/sitio/elementos/o1.html"),
                row("elementos.json", "propiedades", "Objeto (clave: valor)",
                        SPANISH.text("openData.about.element.properties"), ""),
                row("vistas.csv", "carpetas", "Lista de textos, uno por línea", SPANISH.text("openData.about.view.folders"), ""),
                row("diccionario.csv", "archivo", "Texto", "Archivo que tiene el campo.", "elementos.json"));
        assertThat(dictionary).filteredOn(r -> r.get("campo").equals("descripcion") && r.get("archivo").startsWith("elementos"))
                .extracting(r -> r.get("ejemplo"))
                .containsOnly("Texto con coma, comillas \"así\" y dos líneas para la Secretaría.");
    }

    @Test
    void aLongExampleIsCutAtAWord() throws Exception {
        SiteModel model = Fixtures.model(diagnostics, Map.of(), List.of(Fixtures.document("a.md", "## Vista\n\n### O1: Uno\n"
                + "Una descripción larga, de más de ochenta caracteres, que el diccionario corta en una palabra y"
                + " termina con puntos suspensivos.\n", diagnostics)), List.of());
        Map<String, String> files = contents(OpenData.of(Fixtures.links(model, Map.of(), diagnostics), Optional.empty(),
                SPANISH).files());

        assertThat(csv(files.get("diccionario.csv"))).filteredOn(r -> r.get("campo").equals("descripcion"))
                .extracting(r -> r.get("archivo") + ": " + r.get("ejemplo")).containsExactly(
                        "elementos.json: Una descripción larga, de más de ochenta caracteres, que el diccionario corta en…",
                        "elementos.csv: Una descripción larga, de más de ochenta caracteres, que el diccionario corta en…",
                        "diccionario.json: Código del elemento; vacío si no tiene.",
                        "diccionario.csv: Código del elemento; vacío si no tiene.");
    }

    @Test
    void thePageShowsEachSetsFilesAndFieldsAsTheDictionaryDescribesThem() throws Exception {
        OpenData openData = OpenData.of(links(), Optional.empty(), SPANISH);
        List<OpenDataSet> sets = openData.page(new PageInfo("open-data", "Datos abiertos", "datos/index.html", "../",
                "published", Optional.empty(), Optional.empty())).sets();

        assertThat(sets).extracting(OpenDataSet::name, OpenDataSet::title, OpenDataSet::rows)
                .containsExactly(tuple("elementos", "Elementos", 2), tuple("relaciones", "Relaciones", 1),
                        tuple("vistas", "Vistas", 2), tuple("diccionario", "Diccionario de datos", 49));
        assertThat(sets.get(0).files()).containsExactly("elementos.json", "elementos.csv");
        assertThat(sets.get(0).fields()).extracting(OpenDataField::name).containsExactly("codigo", "nombre", "tipo",
                "tipo_archimate", "grupos", "descripcion", "url", "vistas", "otras_descripciones", "propiedades");
        assertThat(sets.get(0).fields().get(4)).isEqualTo(new OpenDataField("grupos", "Lista de textos",
                SPANISH.text("openData.about.element.groups"), Optional.of("Procesos")));
        assertThat(sets.get(0).fields().get(9).example()).isEmpty();
        List<Map<String, String>> dictionary = csv(contents(openData.files()).get("diccionario.csv"));
        assertThat(dictionary).hasSize(sets.get(3).rows());
        for (OpenDataSet set : sets) {
            for (OpenDataField field : set.fields()) {
                assertThat(dictionary).as(set.name() + " " + field.name()).anySatisfy(row -> assertThat(row)
                        .containsEntry("campo", field.name()).containsEntry("descripcion", field.description())
                        .containsEntry("ejemplo", field.example().orElse("")));
            }
        }
    }

    @Test
    void twoRunsWriteTheSameBytes() {
        assertThat(files(SPANISH)).isEqualTo(files(SPANISH));
    }

    @Test
    void neutralisesFormulasInEveryCsvFileAndKeepsTheRawValuesInJson() throws Exception {
        SiteModel model = Fixtures.model(diagnostics, Map.of(), List.of(
                        Fixtures.document("a.md", """
                                ## =1+1 vista

                                ### @Grupo
                                ### =HYPERLINK("https://evil.example","x")
                                +cmd|' /C calc'!A0
                                ### -Dos
                                -2 y texto.
                                """, diagnostics),
                        Fixtures.document("b.md", "## @Otra vista\n\n### -Dos\nOtro texto.\n", diagnostics)),
                List.of(Fixtures.modelFile("m.model.yaml", """
                        relations:
                          realization:
                            '=HYPERLINK("https://evil.example","x")': -Dos
                        """, diagnostics)));
        Map<String, String> files = contents(OpenData.of(Fixtures.links(model, Map.of(), diagnostics), Optional.empty(),
                SPANISH).files());

        for (String set : List.of("elementos", "relaciones", "vistas", "diccionario")) {
            List<Map<String, String>> fromJson = asCsvCells(json(files.get(set + ".json")));
            List<Map<String, String>> fromCsv = csv(files.get(set + ".csv"));
            assertThat(fromCsv).hasSameSizeAs(fromJson);
            for (int row = 0; row < fromJson.size(); row++) {
                for (Map.Entry<String, String> field : fromJson.get(row).entrySet()) {
                    String raw = field.getValue();
                    assertThat(fromCsv.get(row).get(field.getKey())).as(set + " " + field.getKey())
                            .isEqualTo(raw.matches("(?s)[=+@-].*") ? "'" + raw : raw);
                }
            }
        }
        assertThat(files.get("elementos.json")).contains("\"nombre\": \"=HYPERLINK(\\\"https://evil.example\\\"",
                "\"descripcion\": \"+cmd|' /C calc'!A0\"", "\"grupos\": [\"@Grupo\"]", "\"nombre\": \"-Dos\"",
                "\"descripcion\": \"-2 y texto.\"", "\"vistas\": [\"=1+1 vista\", \"@Otra vista\"]",
                "\"otras_descripciones\": [\"@Otra vista: Otro texto.\"]");
        assertThat(files.get("vistas.csv")).isEqualTo("id,titulo,carpetas,documentacion,url,elementos\r\n"
                + ",\"'=1+1 vista\",,,vistas/1-1-vista.html,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\n-Dos\"\r\n"
                + ",\"'@Otra vista\",,,vistas/otra-vista.html,\"'-Dos\"\r\n");
        assertThat(files.get("relaciones.csv")).isEqualTo("origen,relacion,tipo_archimate,destino\r\n"
                + "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",realiza,realization,\"'-Dos\"\r\n");
        assertThat(diagnostics.all()).extracting(d -> d.code()).containsOnly("BMM085");
    }

    /** JSON rows as their CSV cells: a list an item per line; the object of properties, which has columns of its own, left out. */
    private static List<Map<String, String>> asCsvCells(List<Map<String, Object>> rows) {
        List<Map<String, String>> cells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, String> line = new LinkedHashMap<>();
            row.forEach((field, value) -> {
                if (value instanceof List<?> list) {
                    line.put(field, list.stream().map(String::valueOf).collect(Collectors.joining("\n")));
                } else if (value instanceof String text) {
                    line.put(field, text);
                }
            });
            cells.add(line);
        }
        return cells;
    }

    /** "file field" for every field of every file: a CSV file's header, the keys of a JSON file's objects. */
    private static Set<String> fieldsOf(Map<String, String> files) throws Exception {
        Set<String> fields = new LinkedHashSet<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            List<String> names = file.getKey().endsWith(".csv") ? header(file.getValue())
                    : json(file.getValue()).stream().flatMap(row -> row.keySet().stream()).distinct().toList();
            names.forEach(name -> fields.add(file.getKey() + " " + name));
        }
        return fields;
    }

    private static Map<String, String> row(String file, String field, String type, String description, String example) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("archivo", file);
        row.put("campo", field);
        row.put("tipo", type);
        row.put("descripcion", description);
        row.put("ejemplo", example);
        return row;
    }

    private static List<Map<String, Object>> json(String text) throws Exception {
        return new ObjectMapper().readValue(text, new TypeReference<>() { });
    }

    private static List<String> header(String csv) throws Exception {
        try (MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(csv)) {
            return rows.next();
        }
    }

    private static List<Map<String, String>> csv(String text) throws Exception {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return rows.readAll();
        }
    }
}
