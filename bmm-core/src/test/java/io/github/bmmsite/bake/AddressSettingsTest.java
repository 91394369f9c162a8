package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressSettingsTest {

    @TempDir
    Path project;

    @ParameterizedTest
    @ValueSource(strings = {"https://entidad.example/", "HTTP://entidad.example", "datos/licencia.html",
            "/transparencia", "//entidad.example/x", "?q=1", "#inicio", "", "ruta/con:dos-puntos"})
    void acceptsHttpHttpsAndRelativeAddresses(String address) {
        assertThat(AddressSettings.problems(Optional.of(address), Map.of("entity_url", address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
            "java\tscript:alert(1)", "\u0001javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:x", "file:///etc/passwd", "ftp://entidad.example/", "mailto:a@entidad.example"})
    void refusesEveryOtherScheme(String address) {
        assertThat(AddressSettings.problems(Optional.of(address), Map.of("open_data_license_url", address)))
                .hasSize(2).allSatisfy(problem -> assertThat(problem).contains("must be an http or https address"));
    }

    @Test
    void checksEveryConfigSettingNamedAsAnAddressAndNoOther() {
        assertThat(AddressSettings.problems(Optional.empty(), Map.of("entity_url", "javascript:a()",
                "transparency_url", "data:,x", "privacy_url", "https://ok.example", "terms_url", "vbscript:b",
                "footer_text", "javascript: no es una dirección", "contact_email", "a@entidad.example")))
                .containsExactly(
                        "config.entity_url is 'javascript:a()', a 'javascript:' address; pages link to it, so it must"
                                + " be an http or https address (https://…) or a path relative to the site",
                        "config.terms_url is 'vbscript:b', a 'vbscript:' address; pages link to it, so it must"
                                + " be an http or https address (https://…) or a path relative to the site",
                        "config.transparency_url is 'data:,x', a 'data:' address; pages link to it, so it must"
                                + " be an http or https address (https://…) or a path relative to the site");
    }

    @Test
    void aBakeWithAnAddressSettingOfAnotherSchemeFailsNamingTheSettingAndWritesNothing() throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        Files.writeString(source.resolve("vista.md"), "## Vista\n\n### O1: Uno\nTexto.\n");
        BakeOptions options = BakeOptions.builder().projectDir(project).buildDir(project.resolve("target"))
                .source(source).output(project.resolve("target/site"))
                .templates(project.resolve("src/site/templates")).assets(project.resolve("src/site/assets"))
                .baseUrl("javascript:alert(1)//")
                .config(Map.of("entity_url", "javascript:alert(document.cookie)")).build();

        assertThatThrownBy(() -> new Baker(options).bake())
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).containsExactly(
                                "pom.xml: error [BMM043] bmm.baseUrl is 'javascript:alert(1)//', a 'javascript:'"
                                        + " address; pages link to it, so it must be an http or https address"
                                        + " (https://…) or a path relative to the site",
                                "pom.xml: error [BMM043] config.entity_url is 'javascript:alert(document.cookie)',"
                                        + " a 'javascript:' address; pages link to it, so it must be an http or https"
                                        + " address (https://…) or a path relative to the site"));
        assertThat(project.resolve("target")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"img/logo.svg", "logo.png", "img/escudo..2026.svg", "./img/logo.svg"})
    void acceptsALogoInsideTheAssets(String path) {
        assertThat(AddressSettings.problems(Optional.empty(), Map.of("entity_logo", path))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../logo.svg", "img/../../pom.xml", "img\\..\\..\\logo.svg", "/etc/logo.svg",
            "\\\\servidor\\logo.svg", "https://entidad.example/logo.svg", "javascript:alert(1)",
            "data:image/svg+xml,<svg/>", "C:\\logos\\logo.svg"})
    void refusesALogoOutsideTheAssetsNamingTheSetting(String path) {
        assertThat(AddressSettings.problems(Optional.empty(), Map.of("entity_logo", path))).singleElement()
                .satisfies(problem -> assertThat(problem).startsWith("config.entity_logo is '" + path + "', ")
                        .endsWith("; it must be the path of an image in the project's assets folder (bmm.assets),"
                                + " such as img/logo.svg"));
    }
}
