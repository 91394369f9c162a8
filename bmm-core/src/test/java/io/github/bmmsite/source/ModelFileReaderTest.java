package io.github.bmmsite.source;

import io.github.bmmsite.diagnostic.Diagnostic;
import io.github.bmmsite.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ModelFileReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<ModelFile> read(String yaml) {
        return ModelFileReader.read(new TextFile(Path.of("m.model.yaml"), Path.of("m.model.yaml"), yaml), diagnostics);
    }

    @Test
    void readsGroupsTypesAndRelationsWithTheirLines() {
        ModelFile model = read("""
                groups:
                  Objetivos SG: [O1, O2]
                types:
                  Goal:
                    - O1
                relations:
                  realization:
                    OETI01: O7
                    Capacidad de Transformación Digital: [OETI01, OETI02]
                """).orElseThrow();

        assertThat(model.groups()).singleElement().satisfies(g -> {
            assertThat(g.name().text()).isEqualTo("Objetivos SG");
            assertThat(g.members()).extracting(ModelFile.Ref::text).containsExactly("O1", "O2");
        });
        assertThat(model.types().get(0).members()).containsExactly(new ModelFile.Ref("O1", 5));
        assertThat(model.relations()).extracting(r -> r.source().text() + " " + r.type().text() + " "
                        + r.target().text() + "@" + r.target().line())
                .containsExactly("OETI01 realization O7@8", "Capacidad de Transformación Digital realization OETI01@9",
                        "Capacidad de Transformación Digital realization OETI02@9");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void readsModelFilesLargerThanSnakeyamlsDefaultLimit() {
        StringBuilder yaml = new StringBuilder("types:\n  Goal:\n");
        int elements = 200_000;
        for (int i = 0; i < elements; i++) {
            yaml.append("    - \"Objetivo generado número ").append(i).append("\"\n");
        }
        assertThat(yaml.length()).isGreaterThan(3 * 1024 * 1024);

        ModelFile model = read(yaml.toString()).orElseThrow();

        assertThat(model.types().get(0).members()).hasSize(elements);
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void reportsUnknownSectionsAndWrongShapes() {
        Optional<ModelFile> model = read("""
                grupos:
                  A: [O1]
                relations:
                  realization: [O1, O2]
                """);

        assertThat(model).isEmpty();
        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "m.model.yaml:1: error [BMM031] unknown section 'grupos'; a model file has only 'groups', 'types'"
                        + " and 'relations'",
                "m.model.yaml:4: error [BMM031] relations of type 'realization' must map each source element"
                        + " to its target elements");
    }

    @Test
    void reportsAFileThatIsNotAMap() {
        assertThat(read("- O1\n- O2\n")).isEmpty();
        assertThat(diagnostics.all()).extracting(Diagnostic::code).containsExactly("BMM031");
    }

    @Test
    void reportsInvalidYamlAtTheLineOfTheMistake() {
        assertThat(read("groups:\n  Objetivos: [O1, O2\n  Otros: [O3]\ntypes:\n  Goal: [O1]\n")).isEmpty();

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "m.model.yaml:2: error [BMM031] the model file is not valid YAML: the '[' here is still open at line 3,"
                        + " where expected ',' or ']', but got :");
    }

    @Test
    void reportsValuesNestedTenThousandLevelsDeepWhereTheyGoTooDeep() {
        assertThat(read("types:\n  Goal: [O1]\ngroups:\n  Todos:\n    " + "- ".repeat(10_000) + "O1\n")).isEmpty();

        assertThat(diagnostics.all()).extracting(Diagnostic::format).containsExactly(
                "m.model.yaml:5: error [BMM008] values are nested more than 100 levels deep here; no model file needs"
                        + " that many, so the file is not read");
    }
}
