package io.github.bmmsite.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Large models for measurements. {@link #files(int)}: one view of {@code size} elements (OBJ0001,
 * …) with Spanish-sounding names and one-sentence descriptions, in groups of 100, with element
 * types. {@link #corpus(int, int)}: many documents in the seed's style (figure, crossref, code
 * mentions, groups, trailing metadata block), each with a model file of types and about two
 * relations per element. The same arguments always give the same files. Every generated corpus of
 * the tests and in-process benchmarks comes from here ({@code bench/CorpusGenerator.java} writes
 * the standalone benchmark's, which also feeds Hugo).
 */
public final class GeneratedModel {

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

    public static Map<String, String> files(int size) {
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

    /**
     * {@code documents} documents of {@code perDocument} elements each (E00001, …), groups of 20,
     * one figure per document (its image file too), and one model file per document: every element
     * typed, realizing the next element and influencing one far away, so relations cross documents.
     * Paths are relative to the source folder; files under {@code images/} hold placeholder bytes.
     */
    public static Map<String, String> corpus(int documents, int perDocument) {
        int size = documents * perDocument;
        int combinations = VERBS.size() * SUBJECTS.size() * SCOPES.size() * STAGES.size();
        Random random = new Random(20251125L + size);
        Map<String, String> files = new LinkedHashMap<>();
        for (int d = 0; d < documents; d++) {
            String view = String.format("%04d", d + 1);
            StringBuilder document = new StringBuilder("## Vista generada " + view + "\n\n"
                    + "Vista de la línea " + view + "; su diagrama es la @fig:vista-" + view + ".\n\n"
                    + "![Diagrama de la vista " + view + "](images/vista-" + view + ".png){#fig:vista-" + view
                    + " width=800 height=600}\n\n");
            StringBuilder model = new StringBuilder("types:\n");
            Map<String, StringBuilder> types = new LinkedHashMap<>();
            StringBuilder realization = new StringBuilder();
            StringBuilder influence = new StringBuilder();
            for (int k = 0; k < perDocument; k++) {
                int i = d * perDocument + k;
                if (k % 20 == 0) {
                    document.append("### Línea ").append(view).append('.').append(k / 20 + 1).append("\n\n");
                }
                String code = code(i);
                int n = (int) ((i * 7919L) % combinations);
                String verb = VERBS.get(n % VERBS.size());
                n /= VERBS.size();
                String subject = SUBJECTS.get(n % SUBJECTS.size());
                n /= SUBJECTS.size();
                String scope = SCOPES.get(n % SCOPES.size());
                String stage = STAGES.get(n / SCOPES.size());
                String cycle = i < combinations ? "" : ", ciclo " + (i / combinations + 1);
                document.append("### ").append(code).append(": ").append(verb).append(' ').append(subject)
                        .append(' ').append(scope).append(", fase ").append(stage).append(cycle).append("\n\n")
                        .append(verb).append(' ').append(subject).append(' ').append(scope).append(" mediante ")
                        .append(pick(MEANS, random)).append(" y ").append(pick(MEANS, random))
                        .append(", con el fin de ").append(pick(ENDS, random)).append(". Se apoya en ")
                        .append(code((i + 1) % size)).append(" y contribuye a ")
                        .append(code((int) ((i * 31L + 7) % size))).append(" (ver @fig:vista-").append(view)
                        .append(").\n\n");
                types.computeIfAbsent(pick(TYPES, random), t -> new StringBuilder()).append(", ").append(code);
                if (size > 1) {
                    realization.append("    ").append(code).append(": ").append(code((i + 1) % size)).append('\n');
                    int far = (int) ((i * 7919L + size / 2) % size);
                    influence.append("    ").append(code).append(": ").append(code(far == i ? (i + 2) % size : far))
                            .append('\n');
                }
            }
            document.append("---\ntitle: Vista generada ").append(view).append("\nlang: es\nauthor: Oficina de TI\n"
                    + "...\n");
            types.forEach((type, codes) -> model.append("  ").append(type).append(": [")
                    .append(codes.substring(2)).append("]\n"));
            if (size > 1) {
                model.append("relations:\n  realization:\n").append(realization)
                        .append("  influence:\n").append(influence);
            }
            files.put(document(d), document.toString());
            files.put("vista-" + view + ".model.yaml", model.toString());
            files.put("images/vista-" + view + ".png", "PNG " + view);
        }
        return files;
    }

    /**
     * A model file that puts the first {@code members} elements of {@link #corpus} into one group,
     * which takes them out of the groups of their documents' headings: a group far larger than a page.
     */
    public static Map<String, String> group(String name, int members) {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < members; i++) {
            keys.append(i == 0 ? "" : ", ").append(code(i));
        }
        return Map.of("grupo-grande.model.yaml", "groups:\n  " + name + ": [" + keys + "]\n");
    }

    /**
     * Writes {@link #corpus} into {@code source} (created if missing), for benchmarks that bake from
     * disk; returns {@code source}.
     */
    public static Path write(Path source, int documents, int perDocument) throws IOException {
        for (Map.Entry<String, String> file : corpus(documents, perDocument).entrySet()) {
            Path path = source.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return source;
    }

    /** The document {@link #corpus} writes for its view {@code index} (from 0). */
    public static String document(int index) {
        return String.format("vista-%04d.md", index + 1);
    }

    private static String code(int index) {
        return String.format("E%05d", index + 1);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
