package io.github.bmmsite.bake;

import io.github.bmmsite.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The theme's settings reach every page: entity and logo in the header, contact data and links in the footer. */
class ThemeConfigTest {

    @TempDir
    Path project;

    @Test
    void everySettingIsShownOnEveryPage() throws Exception {
        Path site = EntitySite.bake(project, EntitySite.CONFIG);

        assertThat(site.resolve("assets").resolve(EntitySite.LOGO)).exists();
        for (String page : new String[] {"index.html", "vistas/vista-de-la-entidad.html", "elementos/ob1.html"}) {
            String html = Files.readString(site.resolve(page));
            String root = page.contains("/") ? "../" : "";
            assertThat(html).as(page).contains(
                    "<p class=\"entity\"><a class=\"entity-link\" href=\"https://entidad.example/\"><img class=\"entity-logo\" src=\""
                            + root + "assets/img/logo-entidad.svg\" alt=\"Entidad de Ejemplo del Distrito\"></a></p>",
                    "<h2 id=\"pie-entidad\" class=\"footer-title\">Entidad de Ejemplo del Distrito</h2>",
                    "<img class=\"footer-logo\" src=\"" + root + "assets/img/logo-entidad.svg\" alt=\"Entidad de Ejemplo"
                            + " del Distrito\">\n        <h2 id=\"pie-entidad\"",
                    "<dt>Dirección</dt>\n          <dd>Carrera 0 # 0-00, Ciudad de Ejemplo</dd>",
                    "<dt>Horario de atención</dt>\n          <dd>Lunes a viernes de 7:00 a. m. a 4:30 p. m.</dd>",
                    "<dt>Teléfono</dt>\n          <dd>+57 000 000 0000</dd>",
                    "<dt>Correo electrónico</dt>\n          <dd><a href=\"mailto:contacto@entidad.example\">"
                            + "contacto@entidad.example</a></dd>",
                    "<dt>Correo para notificaciones judiciales</dt>\n          <dd><a href=\"mailto:"
                            + "notificaciones.judiciales@entidad.example\">notificaciones.judiciales@entidad.example</a></dd>",
                    "<li><a href=\"https://entidad.example/transparencia\">Transparencia y acceso a la información"
                            + " pública</a></li>",
                    "<li><a href=\"https://entidad.example/privacidad\">Política de privacidad y tratamiento de datos"
                            + " personales</a></li>",
                    "<li><a href=\"https://entidad.example/terminos\">Términos y condiciones de uso</a></li>",
                    "<li><a href=\"" + root + "mapa-del-sitio.html\">Mapa del sitio</a></li>",
                    "<p class=\"container footer-note\">Arquitectura de la Entidad de Ejemplo · Contenido publicado"
                            + " con fines de consulta</p>");
            // The logo names the entity: its name is not repeated as text next to it.
            assertThat(html).as(page).doesNotContain("class=\"entity-name\"");
        }
    }

    @Test
    void onlyTheSettingsThatAreSetAreShown() throws Exception {
        Map<String, String> config = new HashMap<>(EntitySite.CONFIG);
        config.keySet().removeAll(java.util.List.of("entity_logo", "entity_url", "contact_address", "contact_phone",
                "contact_notifications_email", "privacy_url", "terms_url", "footer_text"));
        config.put("contact_hours", "");

        String html = Files.readString(EntitySite.bake(project, config).resolve("elementos/ob1.html"));

        assertThat(html).contains("<p class=\"entity\"><span class=\"entity-name\">Entidad de Ejemplo del Distrito</span></p>",
                "<dt>Correo electrónico</dt>", "Transparencia y acceso");
        assertThat(html).doesNotContain("<img", "footer-logo", "entity-link", "Dirección", "Horario", "Teléfono", "notificaciones",
                "privacidad", "Términos", "Contenido publicado");
    }

    @Test
    void withoutThemeSettingsTheFooterNamesTheSite() throws Exception {
        String html = Files.readString(EntitySite.bake(project, Map.of("site_title", "Sitio sin entidad"))
                .resolve("elementos/ob1.html"));

        assertThat(html).contains("<h2 id=\"pie-entidad\" class=\"footer-title\">Sitio sin entidad</h2>",
                "href=\"https://www.gov.co/\"", "<li><a href=\"../mapa-del-sitio.html\">Mapa del sitio</a></li>",
                "<li><a href=\"../datos/index.html\">Datos abiertos</a></li>");
        assertThat(html).doesNotContain("class=\"entity\"", "footer-contact", "footer-note", "Transparencia");
    }

    @Test
    void aLogoThatNamesNoAssetIsRefusedBeforeAnythingIsWritten() {
        Map<String, String> config = new HashMap<>(EntitySite.CONFIG);
        config.put("entity_logo", "img/escudo.svg");

        assertThatThrownBy(() -> EntitySite.bake(project, config))
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).containsExactly("pom.xml: error [BMM043] config.entity_logo is"
                                + " 'img/escudo.svg', which names no file of the assets; put the logo in the project's"
                                + " assets folder (bmm.assets) under that path"));
        assertThat(project.resolve("target/site")).doesNotExist();
    }

    @Test
    void aLogoOutsideTheAssetsIsRefusedBeforeAnythingIsWritten() {
        Map<String, String> config = new HashMap<>(EntitySite.CONFIG);
        config.put("entity_logo", "../../pom.xml");

        assertThatThrownBy(() -> EntitySite.bake(project, config))
                .isInstanceOfSatisfying(BakeFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::format).containsExactly("pom.xml: error [BMM043] config.entity_logo is"
                                + " '../../pom.xml', a path that leaves the assets folder; it must be the path of an"
                                + " image in the project's assets folder (bmm.assets), such as img/logo.svg"));
        assertThat(project.resolve("target/site")).doesNotExist();
    }
}
