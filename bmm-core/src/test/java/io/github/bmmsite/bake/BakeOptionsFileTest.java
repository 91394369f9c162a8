package io.github.bmmsite.bake;

import io.github.bmmsite.model.ArchitectureOptions;
import io.github.bmmsite.write.OutputPolicy;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BakeOptionsFileTest {

    private static BakeOptions roundTrip(BakeOptions options) throws Exception {
        StringWriter file = new StringWriter();
        BakeOptionsFile.write(options, file);
        return BakeOptionsFile.read(new StringReader(file.toString()));
    }

    @Test
    void everyOptionComesBackAsItWas() throws Exception {
        BakeOptions options = BakeOptions.builder().projectDir(Path.of("/proyecto con espacios"))
                .buildDir(Path.of("/proyecto con espacios/target")).source(Path.of("src/bmm"))
                .output(Path.of("C:\\sitio\\salida")).templates(Path.of("plantillas")).assets(Path.of("recursos"))
                .strict(true).language("es-CO").baseUrl("https://arquitectura.example.gov.co/")
                .encoding(StandardCharsets.ISO_8859_1)
                .variables(Map.of("CLIENTE", "Alcaldía = \"Mayor\"\nde Bogotá", "APP", "", "a:b #c", "\\ruta"))
                .config(Map.of("site_title", "Arquitectura ñandú ✓", "footer_text", "línea 1\nlínea 2"))
                .model(Path.of("modelo/bmm.archimate")).engine("jbake").cache(false)
                .outputPolicy(new OutputPolicy("io.github.bmmsite:bmm-maven-plugin:1.0", true,
                        List.of("CNAME", ".well-known/**", "a b")))
                .architecture(new ArchitectureOptions(ArchitectureOptions.Views.DOCUMENTED, Set.of("titulo", "x y")))
                .pageSize(7).outputTimestamp("2026-11-30T10:15:30-05:00").build();

        assertThat(roundTrip(options)).isEqualTo(options);
    }

    @Test
    void unsetOptionsStayUnset() throws Exception {
        BakeOptions options = BakeOptions.builder().source(Path.of("src/bmm")).output(Path.of("target/site")).build();

        BakeOptions read = roundTrip(options);

        assertThat(read).isEqualTo(options);
        assertThat(read.templates()).isNull();
        assertThat(read.model()).isEmpty();
        assertThat(read.outputPolicy().keep()).isEmpty();
    }
}
