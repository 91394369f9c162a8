package io.github.bmmsite.bake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small documentation project of a made-up entity that sets every theme setting: name, address,
 * logo, contact data and footer links. Its values use the reserved {@code .example} domain.
 */
public final class EntitySite {

    public static final String NAME = "Entidad de Ejemplo del Distrito";
    public static final String LOGO = "img/logo-entidad.svg";

    public static final Map<String, String> CONFIG = Map.ofEntries(
            Map.entry("site_title", "Arquitectura de la Entidad de Ejemplo"),
            Map.entry("entity_name", NAME),
            Map.entry("entity_url", "https://entidad.example/"),
            Map.entry("entity_logo", LOGO),
            Map.entry("contact_address", "Carrera 0 # 0-00, Ciudad de Ejemplo"),
            Map.entry("contact_hours", "Lunes a viernes de 7:00 a. m. a 4:30 p. m."),
            Map.entry("contact_phone", "+57 000 000 0000"),
            Map.entry("contact_email", "contacto@entidad.example"),
            Map.entry("contact_notifications_email", "notificaciones.judiciales@entidad.example"),
            Map.entry("transparency_url", "https://entidad.example/transparencia"),
            Map.entry("privacy_url", "https://entidad.example/privacidad"),
            Map.entry("terms_url", "https://entidad.example/terminos"),
            Map.entry("footer_text", "Contenido publicado con fines de consulta"));

    private EntitySite() {
    }

    /** Writes the project into {@code project} and bakes it with {@code config}; returns the site folder. */
    public static Path bake(Path project, Map<String, String> config) throws Exception {
        Path source = Files.createDirectories(project.resolve("src/bmm"));
        Files.writeString(source.resolve("vista.md"), """
                ## Vista de la entidad

                Introducción de la vista.

                ### Objetivos

                ### OB1: Primer objetivo
                Texto del primer objetivo.
                ### OB2: Segundo objetivo
                Texto del segundo objetivo, que apoya a OB1.
                """);
        Path assets = Files.createDirectories(project.resolve("src/site/assets/img")).getParent();
        Files.writeString(assets.resolve(LOGO), """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 48" width="160" height="48">\
                <rect width="160" height="48" rx="6" fill="#004884"/>\
                <circle cx="24" cy="24" r="14" fill="#ffffff"/></svg>
                """);
        Path site = project.resolve("target/site");
        new Baker(BakeOptions.builder().projectDir(project).buildDir(project.resolve("target")).source(source)
                .output(site).templates(project.resolve("src/site/templates")).assets(assets).language("es")
                .baseUrl("https://entidad.example/arquitectura/").config(config).outputTimestamp("2026-01-01T00:00:00Z")
                .build()).bake();
        return site;
    }
}
