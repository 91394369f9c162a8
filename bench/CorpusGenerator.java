import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a benchmark corpus of N elements, the same seed always giving the same bytes, in two forms:
 *
 * <ul>
 *   <li>{@code bmm/}: a Maven project as a user of the plugin has it: {@code pom.xml}, and in
 *       {@code src/bmm/} exported documents of K elements each in the style of the seed document (view
 *       title, figure with its tiny image, group headings, {@code ### CODE: Name} elements whose
 *       descriptions mention other codes, a trailing pandoc metadata block), plus one model file with
 *       groups, types and about two relations per element;</li>
 *   <li>{@code hugo/}: the same elements as one Markdown page each for Hugo, with the same text, links
 *       to the mentioned and related elements (both directions), a page per view, groups as a
 *       taxonomy, {@code hugo.toml}, and the layouts of {@code bench/hugo-layouts/}.</li>
 * </ul>
 *
 * {@code corpus.properties} records the counts, among them the number of pages the bake must write.
 *
 * <p>Run with the JDK alone: {@code java bench/CorpusGenerator.java <elements> <out-dir> [--seed S]
 * [--per-document K] [--plugin-version V] [--hugo-layouts DIR]}.
 */
public class CorpusGenerator {

    /** Elements per group heading; a document of 100 elements has 5 groups, like a large real view. */
    private static final int GROUP_SIZE = 20;
    /** One element in this many has no code and is named by its heading text, as some in the seed are. */
    private static final int CODELESS_EVERY = 25;
    /** Pages every bake writes besides views, groups and elements: home, search, 404, open data, site map. */
    private static final int FIXED_PAGES = 5;

    /** A 1×1 transparent PNG: every figure has its image, so the bake warns about none. */
    private static final byte[] TINY_PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /** ArchiMate type, code prefix, Spanish label (singular, plural), what relations it starts. */
    private record Kind(String type, String prefix, String label, String plural, List<String> relations) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("Goal", "O", "Objetivo", "Objetivos", List.of("influence", "association")),
            new Kind("Outcome", "RES", "Resultado", "Resultados", List.of("realization", "influence")),
            new Kind("Principle", "P", "Principio", "Principios", List.of("influence", "realization")),
            new Kind("Requirement", "REQ", "Requisito", "Requisitos", List.of("realization", "influence")),
            new Kind("Capability", "CAP", "Capacidad", "Capacidades", List.of("realization", "serving")),
            new Kind("BusinessProcess", "PRO", "Proceso de negocio", "Procesos", List.of("realization", "serving",
                    "triggering")));

    private static final List<String> AREAS = List.of("Gestión Documental", "Atención a la Ciudadanía",
            "Transformación Digital", "Seguridad de la Información", "Talento Humano", "Contratación",
            "Planeación Institucional", "Gobierno Abierto", "Comunicaciones", "Relaciones Internacionales",
            "Control Interno", "Gestión Financiera");
    private static final List<String> UNITS = List.of("SG", "OTIC", "OAP", "DTH", "SAC", "OCI", "DGD", "OCRI");
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
    private static final List<String> MEANS = List.of("la adopción de buenas prácticas", "el uso de datos abiertos",
            "la capacitación de los servidores", "la automatización de procesos", "alianzas estratégicas",
            "la mejora de los canales de atención", "la medición de indicadores", "proyectos de transformación digital",
            "la articulación interinstitucional", "la simplificación normativa");
    private static final List<String> ENDS = List.of("generar valor público", "aumentar la confianza ciudadana",
            "reducir los tiempos de respuesta", "asegurar la continuidad de los servicios",
            "mejorar la toma de decisiones", "cumplir las metas del plan de desarrollo",
            "proteger la información de la ciudadanía", "optimizar el uso de los recursos");
    private static final List<String> LINKS = List.of("Contribuye directamente a", "Se articula con",
            "Complementa lo dispuesto en", "Depende de los avances de", "Se coordina con");

    private record Element(int index, String code, String name, Kind kind, int document, int group) {
        String key() {
            return code != null ? code : name;
        }

        String title() {
            return code != null ? code + ": " + name : name;
        }

        String slug() {
            return slugify(key());
        }
    }

    private record Relation(Element source, String type, Element target) {
    }

    private record View(int number, String title, String slug, String fileStem, String figureId, String intro,
                        String todo, List<String> groups) {
    }

    private final int size;
    private final int perDocument;
    private final Random random;
    private final List<Element> elements = new ArrayList<>();
    private final List<View> views = new ArrayList<>();
    private final Map<String, List<Element>> groups = new LinkedHashMap<>();
    private final Map<String, Kind> groupKinds = new LinkedHashMap<>();
    private final Map<Element, String> descriptions = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();

    CorpusGenerator(int size, int perDocument, long seed) {
        this.size = size;
        this.perDocument = perDocument;
        this.random = new Random(seed);
    }

    /**
     * Alignment matrices the bake publishes: one per group whose members start a relation (an
     * association counts from both ends).
     */
    private int matrices() {
        Set<String> rowGroups = new HashSet<>();
        for (Relation relation : relations) {
            rowGroups.add(groupOf(relation.source()));
            if (relation.type().equals("association")) {
                rowGroups.add(groupOf(relation.target()));
            }
        }
        return rowGroups.size();
    }

    private String groupOf(Element element) {
        return views.get(element.document()).groups().get(element.group());
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/CorpusGenerator.java <elements> <out-dir> [--seed S]"
                    + " [--per-document K] [--plugin-version V] [--hugo-layouts DIR]");
            System.exit(2);
        }
        int size = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = 20251125L;
        int perDocument = 100;
        String pluginVersion = "0.1.0-SNAPSHOT";
        Path hugoLayouts = Path.of("bench", "hugo-layouts");
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--per-document" -> perDocument = Integer.parseInt(args[i + 1]);
                case "--plugin-version" -> pluginVersion = args[i + 1];
                case "--hugo-layouts" -> hugoLayouts = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (size < 1 || perDocument < 1) {
            throw new IllegalArgumentException("elements and --per-document must be at least 1");
        }
        CorpusGenerator corpus = new CorpusGenerator(size, perDocument, seed);
        corpus.plan();
        corpus.writeBmm(out.resolve("bmm"), pluginVersion);
        corpus.writeHugo(out.resolve("hugo"), hugoLayouts);
        // Each document is one view: a view page and a document page that lists it.
        int documents = corpus.views.size();
        int pages = size + corpus.groups.size() + corpus.views.size() + documents + corpus.matrices() + FIXED_PAGES;
        write(out.resolve("corpus.properties"), "elements=" + size + "\ngroups=" + corpus.groups.size()
                + "\nviews=" + corpus.views.size() + "\nrelations=" + corpus.relations.size()
                + "\npages=" + pages + "\nseed=" + seed + "\n");
        System.out.println("Wrote " + size + " elements in " + corpus.views.size() + " documents, "
                + corpus.groups.size() + " groups, " + corpus.relations.size() + " relations to " + out
                + " (the bake makes " + pages + " pages)");
    }

    /** Decides every element, view, description and relation before anything is written. */
    void plan() {
        int documents = (size + perDocument - 1) / perDocument;
        for (int d = 0; d < documents; d++) {
            String area = pick(AREAS);
            String unit = pick(UNITS);
            String title = "Objetivos Estratégicos " + area + " " + unit + " " + (d + 1);
            List<String> viewGroups = new ArrayList<>();
            int first = d * perDocument;
            int last = Math.min(size, first + perDocument);
            for (int i = first; i < last; i++) {
                int g = (i - first) / GROUP_SIZE;
                if ((i - first) % GROUP_SIZE == 0) {
                    Kind kind = pick(KINDS);
                    // No punctuation: Hugo keeps dots in its URLs, the plugin does not.
                    String group = kind.plural() + " " + unit + " vista " + (d + 1) + " bloque " + (g + 1);
                    viewGroups.add(group);
                    groups.put(group, new ArrayList<>());
                    groupKinds.put(group, kind);
                }
                String group = viewGroups.get(g);
                Kind kind = groupKinds.get(group);
                String name = name(i);
                Element element = (i + 1) % CODELESS_EVERY == 0
                        ? new Element(i, null, name, kind, d, g)
                        : new Element(i, kind.prefix() + (i + 1), name, kind, d, g);
                elements.add(element);
                groups.get(group).add(element);
            }
            String stem = String.format(Locale.ROOT, "%04d.BMM.%s", d + 1, fold(title).replaceAll("[^A-Za-z0-9]", ""));
            String intro = "Este modelo representa la alineación entre los objetivos estratégicos de " + area
                    + " y los objetivos de la dependencia " + unit + ", mostrando cómo " + two(MEANS)
                    + " permiten " + pick(ENDS) + ".";
            views.add(new View(d + 1, title, slugify(title), stem, hex(32), intro,
                    d % 5 == 4 ? "aun no está lista" : null, viewGroups));
        }
        for (Element element : elements) {
            descriptions.put(element, describe(element));
        }
        for (Element element : elements) {
            relate(element);
        }
    }

    /**
     * A name no other element has (the plugin also identifies elements by name): the i-th of the
     * verb × subject × scope phrases, in a scattered order, then again with "fase 2", "fase 3", ….
     */
    private static String name(int i) {
        int phrases = VERBS.size() * SUBJECTS.size() * SCOPES.size();
        // 7919 is prime, so the step visits every phrase once per round.
        int n = (int) ((i * 7919L) % phrases);
        String phrase = VERBS.get(n % VERBS.size()) + " " + SUBJECTS.get(n / VERBS.size() % SUBJECTS.size()) + " "
                + SCOPES.get(n / VERBS.size() / SUBJECTS.size());
        int round = i / phrases;
        return round == 0 ? phrase : phrase + ", fase " + (round + 1);
    }

    /** Two or three sentences in the seed's register, naming one or two other elements by code. */
    private String describe(Element element) {
        String verb = element.name().split(" ", 2)[0];
        StringBuilder text = new StringBuilder(verb).append(' ')
                .append(element.name().substring(verb.length() + 1).replaceFirst(", fase \\d+$", ""))
                .append(" mediante ").append(two(MEANS)).append(", con el fin de ").append(two(ENDS)).append('.');
        int mentions = 1 + random.nextInt(2);
        for (int m = 0; m < mentions; m++) {
            Element other = coded(near(element));
            if (other != element) {
                text.append(' ').append(pick(LINKS)).append(' ').append(other.code()).append('.');
            }
        }
        return text.toString();
    }

    /** About two relations from each element, of the types its kind starts, to elements that exist. */
    private void relate(Element source) {
        int count = 1 + random.nextInt(3);
        for (int r = 0; r < count; r++) {
            Element target = near(source);
            String type = source.kind().relations().get(random.nextInt(source.kind().relations().size()));
            boolean repeated = relations.stream().skip(Math.max(0, relations.size() - 3))
                    .anyMatch(x -> x.source() == source && x.target() == target && x.type().equals(type));
            if (target != source && !repeated) {
                relations.add(new Relation(source, type, target));
            }
        }
    }

    /** Mostly an element of the same document, sometimes one anywhere: models are mostly local. */
    private Element near(Element element) {
        if (random.nextInt(10) < 7) {
            int first = element.document() * perDocument;
            int count = Math.min(size, first + perDocument) - first;
            return elements.get(first + random.nextInt(count));
        }
        return elements.get(random.nextInt(size));
    }

    private Element coded(Element element) {
        return element.code() != null ? element : elements.get(element.index() == 0 ? 0 : element.index() - 1);
    }

    // ----- the plugin's form -----

    void writeBmm(Path project, String pluginVersion) throws IOException {
        Path source = project.resolve("src/bmm");
        for (View view : views) {
            StringBuilder md = new StringBuilder("## ").append(view.title()).append("\n\n> \n\n<br>\n\n")
                    .append(view.intro()).append("\n\n")
                    .append(String.format(Locale.ROOT, "![%02d.BMM. %s. _Fuente: ", view.number(), view.title()))
                    .append("Propuesta servicios de ingeniería y evaluación de arquitectura $CLIENTE (2025)_](images/")
                    .append(view.fileStem()).append(".png){#fig:id-").append(view.figureId())
                    .append(" width= height=}\n\n");
            for (String group : view.groups()) {
                md.append("### ").append(group).append("\n\n");
                for (Element element : groups.get(group)) {
                    md.append("### ").append(element.title()).append('\n').append(descriptions.get(element)).append('\n');
                }
            }
            md.append("\n\n\n\n\n---\nlang: es\ntitlepage: true\ntitlepage-rule-color: 360049\n");
            if (view.todo() != null) {
                md.append("todo: ").append(view.todo()).append('\n');
            }
            md.append("...\n");
            write(source.resolve(view.fileStem() + ".md"), md.toString());
            writeImage(source.resolve("images/" + view.fileStem() + ".png"));
        }
        write(source.resolve("modelo.model.yaml"), modelFile());
        write(project.resolve("pom.xml"), pom(pluginVersion));
    }

    private String modelFile() {
        StringBuilder yaml = new StringBuilder("# Groups, element types and relations of the generated views.\n\ngroups:\n");
        groups.forEach((group, members) -> yaml.append("  ").append(quote(group)).append(": ")
                .append(list(members.stream().map(Element::key).toList())).append('\n'));
        yaml.append("\ntypes:\n");
        for (Kind kind : KINDS) {
            List<String> keys = elements.stream().filter(e -> e.kind() == kind).map(Element::key).toList();
            if (!keys.isEmpty()) {
                yaml.append("  ").append(kind.type()).append(": ").append(list(keys)).append('\n');
            }
        }
        yaml.append(relations.isEmpty() ? "\nrelations: {}\n" : "\nrelations:\n");
        Map<String, Map<Element, List<String>>> byType = new LinkedHashMap<>();
        for (Relation relation : relations) {
            byType.computeIfAbsent(relation.type(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(relation.source(), s -> new ArrayList<>()).add(relation.target().key());
        }
        byType.forEach((type, sources) -> {
            yaml.append("  ").append(type).append(":\n");
            sources.forEach((source, targets) -> yaml.append("    ").append(quote(source.key())).append(": ")
                    .append(targets.size() == 1 ? quote(targets.get(0)) : list(targets)).append('\n'));
        });
        return yaml.toString();
    }

    private static String pom(String pluginVersion) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>gov.co.bench</groupId>
                  <artifactId>bmm-bench-corpus</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <name>Generated benchmark corpus</name>

                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <bmm.version>@VERSION@</bmm.version>
                    <bmm.language>es</bmm.language>
                    <bmm.baseUrl>https://arquitectura.entidad.gov.co/</bmm.baseUrl>
                    <bmm.strict>false</bmm.strict>
                  </properties>

                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.bmmsite</groupId>
                        <artifactId>bmm-maven-plugin</artifactId>
                        <version>${bmm.version}</version>
                        <configuration>
                          <variables>
                            <CLIENTE>Secretaría General de la Alcaldía Mayor de Bogotá D.C.</CLIENTE>
                          </variables>
                          <config>
                            <site_title>Arquitectura institucional</site_title>
                            <entity_name>Secretaría General de la Alcaldía Mayor de Bogotá D.C.</entity_name>
                            <entity_url>https://secretariageneral.gov.co/</entity_url>
                            <site_description>Objetivos estratégicos de la entidad y su alineación con los de sus dependencias.</site_description>
                          </config>
                        </configuration>
                        <executions>
                          <execution>
                            <id>bake-site</id>
                            <phase>site</phase>
                            <goals>
                              <goal>bake</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>

                  <profiles>
                    <!-- -Dbmm.engine=jbake: the same bake through JBake's Oven, which lives in its own artifact. -->
                    <profile>
                      <id>jbake-engine</id>
                      <activation>
                        <property>
                          <name>bmm.engine</name>
                          <value>jbake</value>
                        </property>
                      </activation>
                      <build>
                        <plugins>
                          <plugin>
                            <groupId>io.github.bmmsite</groupId>
                            <artifactId>bmm-maven-plugin</artifactId>
                            <version>${bmm.version}</version>
                            <dependencies>
                              <dependency>
                                <groupId>io.github.bmmsite</groupId>
                                <artifactId>bmm-jbake-engine</artifactId>
                                <version>${bmm.version}</version>
                              </dependency>
                            </dependencies>
                          </plugin>
                        </plugins>
                      </build>
                    </profile>
                  </profiles>
                </project>
                """.replace("@VERSION@", pluginVersion);
    }

    // ----- Hugo's form -----

    void writeHugo(Path site, Path layouts) throws IOException {
        write(site.resolve("hugo.toml"), """
                baseURL = "https://arquitectura.entidad.gov.co/"
                languageCode = "es"
                defaultContentLanguage = "es"
                title = "Arquitectura institucional"
                # The plugin writes no feeds; Hugo should not either.
                disableKinds = ["RSS"]
                removePathAccents = true

                [taxonomies]
                  grupo = "grupos"

                [params]
                  entity_name = "Secretaría General de la Alcaldía Mayor de Bogotá D.C."
                  entity_url = "https://secretariageneral.gov.co/"
                  description = "Objetivos estratégicos de la entidad y su alineación con los de sus dependencias."
                """);
        Map<Element, List<Relation>> incoming = new LinkedHashMap<>();
        Map<Element, List<Relation>> outgoing = new LinkedHashMap<>();
        for (Relation relation : relations) {
            outgoing.computeIfAbsent(relation.source(), e -> new ArrayList<>()).add(relation);
            incoming.computeIfAbsent(relation.target(), e -> new ArrayList<>()).add(relation);
        }
        Map<String, Element> byCode = new LinkedHashMap<>();
        elements.stream().filter(e -> e.code() != null).forEach(e -> byCode.put(e.code(), e));
        for (Element element : elements) {
            View view = views.get(element.document());
            StringBuilder md = new StringBuilder("---\n")
                    .append("title: ").append(quote(element.title())).append('\n')
                    .append("codigo: ").append(quote(element.code() == null ? "" : element.code())).append('\n')
                    .append("nombre: ").append(quote(element.name())).append('\n')
                    .append("tipo: ").append(quote(element.kind().label())).append('\n')
                    .append("grupos: [").append(quote(view.groups().get(element.group()))).append("]\n")
                    .append("vista: ").append(quote(view.title())).append('\n')
                    .append("vista_url: ").append(quote("/vistas/" + view.slug() + "/")).append('\n')
                    .append("weight: ").append(element.index() + 1).append('\n');
            if (view.todo() != null) {
                md.append("todo: ").append(quote(view.todo())).append('\n');
            }
            md.append("---\n\n").append(linkCodes(descriptions.get(element), byCode)).append('\n');
            List<Relation> out = outgoing.getOrDefault(element, List.of());
            List<Relation> in = incoming.getOrDefault(element, List.of());
            if (!out.isEmpty() || !in.isEmpty()) {
                md.append("\n## Relaciones\n");
                out.forEach(r -> md.append("\n- ").append(verb(r.type(), false)).append(": ").append(link(r.target())));
                in.forEach(r -> md.append("\n- ").append(verb(r.type(), true)).append(": ").append(link(r.source())));
                md.append('\n');
            }
            write(site.resolve("content/elementos/" + element.slug() + ".md"), md.toString());
        }
        for (View view : views) {
            StringBuilder md = new StringBuilder("---\n").append("title: ").append(quote(view.title())).append('\n')
                    .append("weight: ").append(view.number()).append('\n');
            if (view.todo() != null) {
                md.append("todo: ").append(quote(view.todo())).append('\n');
            }
            md.append("---\n\n").append(view.intro()).append("\n\n![").append(view.title())
                    .append(". _Fuente: Propuesta servicios de ingeniería y evaluación de arquitectura (2025)_](../../images/")
                    .append(view.fileStem()).append(".png)\n");
            for (String group : view.groups()) {
                md.append("\n## [").append(group).append("](../../grupos/").append(slugify(group)).append("/)\n\n");
                groups.get(group).forEach(e -> md.append("- ").append(link(e)).append(" (").append(e.kind().label())
                        .append(")\n"));
            }
            write(site.resolve("content/vistas/" + view.slug() + ".md"), md.toString());
            writeImage(site.resolve("static/images/" + view.fileStem() + ".png"));
        }
        write(site.resolve("content/_index.md"), "---\ntitle: \"Arquitectura institucional\"\n---\n");
        copyTree(layouts, site.resolve("layouts"));
    }

    private static String verb(String type, boolean inverse) {
        return switch (type) {
            case "realization" -> inverse ? "Es realizado por" : "Realiza";
            case "influence" -> inverse ? "Es influido por" : "Influye en";
            case "serving" -> inverse ? "Es servido por" : "Sirve a";
            case "triggering" -> inverse ? "Es desencadenado por" : "Desencadena";
            default -> "Está asociado con";
        };
    }

    /** Element pages live at {@code /elementos/<slug>/}: a sibling is one folder up. */
    private static String link(Element element) {
        return "[" + element.title() + "](../" + element.slug() + "/)";
    }

    private static String linkCodes(String text, Map<String, Element> byCode) {
        StringBuilder linked = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String bare = word.replaceAll("[.,]$", "");
            Element element = byCode.get(bare);
            linked.append(linked.length() == 0 ? "" : " ").append(element == null ? word
                    : "[" + bare + "](../" + element.slug() + "/)" + word.substring(bare.length()));
        }
        return linked.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            System.err.println("warning: " + from + " not found; the Hugo site has no layouts and renders no pages");
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    // ----- small helpers -----

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Two different values joined by "y". */
    private String two(List<String> values) {
        int first = random.nextInt(values.size());
        int second = (first + 1 + random.nextInt(values.size() - 1)) % values.size();
        return values.get(first) + " y " + values.get(second);
    }

    private String hex(int digits) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }

    private static String list(List<String> keys) {
        return "[" + String.join(", ", keys.stream().map(CorpusGenerator::quote).toList()) + "]";
    }

    /** Codes stay bare as in the seed's model file; names are quoted for YAML. */
    private static String quote(String text) {
        return text.matches("[A-Z][A-Z0-9]*") ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }

    /** The plugin's URL names (its {@code Slugs}), which Hugo's file names copy. */
    static String slugify(String text) {
        return fold(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeImage(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, TINY_PNG);
    }
}
