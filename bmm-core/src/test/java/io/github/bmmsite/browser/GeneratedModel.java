package io.github.bmmsite.browser;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A large model for measurements: one view of {@code size} elements (OBJ0001, …) with
 * Spanish-sounding names and one-sentence descriptions, in groups of 100, with element types.
 * The same size always gives the same files.
 */
final class GeneratedModel {

    private static final List<String> VERBS = List.of("Fortalecer", "Mejorar", "Promover", "Gestionar",
            "Consolidar", "Fomentar", "Optimizar", "Desarrollar", "Garantizar", "Modernizar", "Impulsar", "Integrar");
    private static final List<String> SUBJECTS = List.of("la gestión documental", "los trámites ciudadanos",
            "la seguridad digital", "la participación ciudadana", "la transparencia", "la innovación pública",
            "los servicios en línea", "la infraestructura tecnológica", "la calidad de los datos",
            "la atención al ciudadano", "la información geográfica", "el talento humano", "la contratación pública",
            "los procesos misionales", "la planeación estratégica", "la interoperabilidad");
    private static final List<String> SCOPES = List.of("de la entidad", "en las localidades", "del Distrito Capital",
            "para la ciudadanía", "en la Secretaría General", "de la administración distrital", "en los territorios",
            "de las alcaldías locales", "con las entidades nacionales", "en la región");
    private static final List<String> STAGES = List.of("inicial", "ampliada", "sostenible", "regional", "integral",
            "continua");
    private static final List<String> MEANS = List.of("la adopción de buenas prácticas", "el uso de datos abiertos",
            "la capacitación de los servidores", "la automatización de procesos", "alianzas estratégicas",
            "la mejora de los canales de atención", "la medición de indicadores", "proyectos de transformación digital",
            "la articulación interinstitucional", "la simplificación normativa");
    private static final List<String> ENDS = List.of("generar valor público", "aumentar la confianza ciudadana",
            "reducir los tiempos de respuesta", "asegurar la continuidad de los servicios",
            "mejorar la toma de decisiones", "cumplir las metas del plan de desarrollo",
            "proteger la información de la ciudadanía", "optimizar el uso de los recursos");
    private static final List<String> TYPES = List.of("Goal", "Outcome", "Capability", "BusinessProcess");

    private GeneratedModel() {
    }

    /** Bakes the model into {@code target/browser-sites/model-<size>/site}. */
    static Path bake(int size) throws Exception {
        return CustomSite.bake("model-" + size, files(size));
    }

    static Map<String, String> files(int size) {
        int combinations = VERBS.size() * SUBJECTS.size() * SCOPES.size() * STAGES.size();
        if (size > combinations) {
            throw new IllegalArgumentException("at most " + combinations + " elements have distinct names");
        }
        Random random = new Random(20251125L);
        StringBuilder document = new StringBuilder("## Modelo generado de " + size + " elementos\n\n"
                + "Vista generada para medir la búsqueda del sitio con un modelo grande.\n\n");
        Map<String, StringBuilder> types = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            if (i % 100 == 0) {
                document.append("### Línea estratégica ").append(i / 100 + 1).append("\n\n");
            }
            String code = String.format("OBJ%04d", i + 1);
            // A step coprime with the number of combinations visits each name once, in a scattered order.
            int n = (int) ((i * 7919L) % combinations);
            String verb = VERBS.get(n % VERBS.size());
            n /= VERBS.size();
            String subject = SUBJECTS.get(n % SUBJECTS.size());
            n /= SUBJECTS.size();
            String scope = SCOPES.get(n % SCOPES.size());
            String stage = STAGES.get(n / SCOPES.size());
            document.append("### ").append(code).append(": ").append(verb).append(' ').append(subject).append(' ')
                    .append(scope).append(", fase ").append(stage).append('\n')
                    .append(verb).append(' ').append(subject).append(' ').append(scope).append(" mediante ")
                    .append(pick(MEANS, random)).append(" y ").append(pick(MEANS, random)).append(", con el fin de ")
                    .append(pick(ENDS, random)).append(".\n");
            types.computeIfAbsent(pick(TYPES, random), t -> new StringBuilder()).append(", ").append(code);
        }
        StringBuilder model = new StringBuilder("types:\n");
        types.forEach((type, codes) -> model.append("  ").append(type).append(": [")
                .append(codes.substring(2)).append("]\n"));
        return Map.of("modelo.md", document.toString(), "modelo.model.yaml", model.toString());
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
