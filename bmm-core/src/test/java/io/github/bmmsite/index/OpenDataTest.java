package io.github.bmmsite.index;

import io.github.bmmsite.i18n.Messages;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.bmmsite.Fixtures;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.link.Links;
import io.github.bmmsite.model.SiteModel;
import io.github.bmmsite.write.OutputFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OpenDataTest {

    private static final Messages SPANISH = Messages.builtIn("es");

    private static final String DOCUMENT = """
            ## Vista

            ### O1: Uno, "el primero"
            Texto con coma, comillas "así" y
            dos líneas para $CLIENTE.
            ### Toma de decisiones
            Proceso.
            """;

    private final Diagnostics diagnostics = new Diagnostics();

    private Map<String, String> files() {
        SiteModel model = Fixtures.model(diagnostics, Map.of("CLIENTE", "la Secretaría"),
                List.of(Fixtures.document("vista.md", DOCUMENT, diagnostics)),
                List.of(Fixtures.modelFile("vista.model.yaml", """
                        types:
                          Goal: [O1]
                          BusinessProcess: [Toma de decisiones]
                        relations:
                          realization:
                            Toma de decisiones: O1
                        """, diagnostics)));
        Links links = Fixtures.links(model, Map.of("CLIENTE", "la Secretaría"), diagnostics);
        return OpenData.files(links, Optional.of("https://example.org/sitio"), SPANISH).stream()
                .collect(Collectors.toMap(OutputFile::sitePath,
                        f -> new String(((OutputFile.Bytes) f).content(), StandardCharsets.UTF_8)));
    }

    @Test
    void elementsReadBackFromJsonAndCsvAlike() throws Exception {
        Map<String, String> files = files();
        List<Map<String, String>> fromJson = elementsWithoutProperties(files.get("datos/elementos.json"));
        List<Map<String, String>> fromCsv = csv(files.get("datos/elementos.csv"));

        assertThat(fromJson).isEqualTo(fromCsv);
        assertThat(fromJson).containsExactly(
                Map.of("code", "O1", "name", "Uno, \"el primero\"", "type", "Goal", "group", "",
                        "description", "Texto con coma, comillas \"así\" y dos líneas para la Secretaría.",
                        "url", "https://example.org/sitio/elementos/o1.html", "views", "Vista",
                        "other_descriptions", ""),
                Map.of("code", "", "name", "Toma de decisiones", "type", "BusinessProcess", "group", "",
                        "description", "Proceso.", "url", "https://example.org/sitio/elementos/toma-de-decisiones.html",
                        "views", "Vista", "other_descriptions", ""));
    }

    @Test
    void relationsReadBackFromJsonAndCsvAlike() throws Exception {
        Map<String, String> files = files();
        List<Map<String, String>> fromJson = new ObjectMapper().readValue(files.get("datos/relaciones.json"),
                new com.fasterxml.jackson.core.type.TypeReference<>() { });

        assertThat(fromJson).isEqualTo(csv(files.get("datos/relaciones.csv")))
                .containsExactly(Map.of("source", "Toma de decisiones", "type", "realization", "target", "O1"));
    }

    @Test
    void viewsListTheirElementsAsAnArrayInJsonAndOneCellInCsv() throws Exception {
        Map<String, String> files = files();
        List<Map<String, Object>> fromJson = new ObjectMapper().readValue(files.get("datos/vistas.json"),
                new com.fasterxml.jackson.core.type.TypeReference<>() { });

        assertThat(fromJson).containsExactly(Map.of("id", "", "title", "Vista", "folder", "", "documentation", "",
                "url", "https://example.org/sitio/vistas/vista.html", "elements", List.of("O1", "Toma de decisiones")));
        assertThat(csv(files.get("datos/vistas.csv"))).containsExactly(Map.of("id", "", "title", "Vista", "folder", "",
                "documentation", "", "url", "https://example.org/sitio/vistas/vista.html",
                "elements", "O1 | Toma de decisiones"));
    }

    @Test
    void csvFollowsRfc4180() {
        String csv = files().get("datos/elementos.csv");

        assertThat(csv).startsWith("code,name,type,group,description,url,views,other_descriptions\r\n")
                .contains("O1,\"Uno, \"\"el primero\"\"\",Goal,,\"Texto con coma, comillas \"\"así\"\" y dos")
                .endsWith("\r\n");
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
        Map<String, String> files = OpenData.files(Fixtures.links(model, Map.of(), diagnostics), Optional.empty(), SPANISH)
                .stream().collect(Collectors.toMap(OutputFile::sitePath,
                        f -> new String(((OutputFile.Bytes) f).content(), StandardCharsets.UTF_8)));

        for (String table : List.of("elementos", "relaciones")) {
            List<Map<String, String>> fromJson = table.equals("elementos")
                    ? elementsWithoutProperties(files.get("datos/elementos.json"))
                    : new ObjectMapper().readValue(files.get("datos/" + table + ".json"),
                            new com.fasterxml.jackson.core.type.TypeReference<>() { });
            List<Map<String, String>> fromCsv = csv(files.get("datos/" + table + ".csv"));
            assertThat(fromCsv).hasSameSizeAs(fromJson);
            for (int row = 0; row < fromJson.size(); row++) {
                for (Map.Entry<String, String> field : fromJson.get(row).entrySet()) {
                    String raw = field.getValue();
                    assertThat(fromCsv.get(row).get(field.getKey())).as(table + " " + field.getKey())
                            .isEqualTo(raw.matches("(?s)[=+@-].*") ? "'" + raw : raw);
                }
            }
        }
        assertThat(files.get("datos/elementos.json")).contains("\"name\": \"=HYPERLINK(\\\"https://evil.example\\\"",
                "\"description\": \"+cmd|' /C calc'!A0\"", "\"group\": \"@Grupo\"", "\"name\": \"-Dos\"",
                "\"description\": \"-2 y texto.\"", "\"views\": \"=1+1 vista | @Otra vista\"",
                "\"other_descriptions\": \"@Otra vista: Otro texto.\"");
        assertThat(files.get("datos/vistas.csv")).isEqualTo("id,title,folder,documentation,url,elements\r\n"
                + ",\"'=1+1 vista\",,,vistas/1-1-vista.html,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\") | -Dos\"\r\n"
                + ",\"'@Otra vista\",,,vistas/otra-vista.html,\"'-Dos\"\r\n");
        assertThat(files.get("datos/relaciones.csv")).isEqualTo("source,type,target\r\n"
                + "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",realization,\"'-Dos\"\r\n");
        assertThat(diagnostics.all()).extracting(d -> d.code()).containsOnly("BMM085");
    }

    /** The elements of elementos.json, whose properties (none: no architecture model) CSV has no column for. */
    private static List<Map<String, String>> elementsWithoutProperties(String json) throws Exception {
        List<Map<String, Object>> rows = new ObjectMapper().readValue(json,
                new com.fasterxml.jackson.core.type.TypeReference<>() { });
        List<Map<String, String>> plain = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            assertThat(row.remove("properties")).isEqualTo(Map.of());
            Map<String, String> strings = new LinkedHashMap<>();
            row.forEach((field, value) -> strings.put(field, (String) value));
            plain.add(strings);
        }
        return plain;
    }

    private static List<Map<String, String>> csv(String text) throws Exception {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return rows.readAll();
        }
    }
}
