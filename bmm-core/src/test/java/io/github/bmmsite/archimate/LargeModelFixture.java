package io.github.bmmsite.archimate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An Archi model ({@code .archimate}) the size of a real team's, for tests of what the site makes
 * of a whole model: {@value #VIEWS} views in nested folders, none of them exported by a document,
 * and one large view ({@value #LARGE_WIDTH} × {@value #LARGE_HEIGHT} px, {@value #LARGE_BOXES}
 * boxes) with everything Archi draws: groupings, nested (non-Grouping) containers with relations to
 * their children, notes (one of them a web address) in a visual group, labelled connections, a bent
 * one, junctions and names too long for their boxes.
 * Elements, views and relationships carry documentation (some of it Markdown) and properties; some
 * views have the export script's {@code titulo} and {@code plantillaElm} properties. The same call
 * always writes the same bytes.
 *
 * <p>Run {@link #main} to write it somewhere and open it in Archi.
 */
public final class LargeModelFixture {

    public static final int VIEWS = 32;
    public static final int LARGE_BOXES = 150;
    public static final int LARGE_WIDTH = 3000;
    public static final int LARGE_HEIGHT = 2000;
    /** The id of the large view, as a document's figure would name it ({@code {#fig:id-large-view}}). */
    public static final String LARGE_VIEW_ID = "id-large-view";
    public static final String LARGE_VIEW_NAME = "Mapa general de aplicaciones";

    private static final String[] SUBJECTS = {"trámites", "correspondencia", "nómina", "contratación", "archivo",
        "atención ciudadana", "planeación", "presupuesto", "talento humano", "gestión documental", "seguridad digital",
        "datos abiertos", "interoperabilidad", "geografía", "participación", "control interno"};
    /** The folders of the model tree that hold the small views, four views each. */
    private static final String[][] VIEW_FOLDERS = {
        {"Estrategia", "Motivación"}, {"Estrategia", "Capacidades"}, {"Negocio", "Procesos misionales"},
        {"Negocio", "Procesos de apoyo"}, {"Aplicaciones", "Inventario"}, {"Aplicaciones", "Integraciones"},
        {"Tecnología", "Infraestructura"}, {"Transición"}};

    /** A relationship of the model: {@code name} may be null. */
    private record Relation(String type, String id, String source, String target, String name) {
    }

    /**
     * A box of a view: an element's ({@code element}), a note ({@code note}) or a visual group
     * ({@code group}), with its children and its lines.
     */
    private static final class Box {
        final String id;
        final String element;
        final String note;
        String group;
        final int x;
        final int y;
        final int width;
        final int height;
        final List<Box> children = new ArrayList<>();
        final List<String[]> connections = new ArrayList<>();

        Box(String id, String element, String note, int x, int y, int width, int height) {
            this.id = id;
            this.element = element;
            this.note = note;
            this.x = x;
            this.y = y;
            this.width = width;
            this.height = height;
        }
    }

    private final StringBuilder xml = new StringBuilder();
    private final List<Relation> relations = new ArrayList<>();
    /** The relationship whose line on the large view bends once. */
    private String bentRelation;
    private int nextId;

    private LargeModelFixture() {
    }

    public static void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, new LargeModelFixture().model(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "large.archimate"));
    }

    private String id(String kind) {
        return String.format(Locale.ROOT, "id-%s-%04d", kind, nextId++);
    }

    private String model() {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<archimate:model"
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:archimate=\"http://www.archimatetool.com/archimate\" name=\"Arquitectura institucional\""
                + " id=\"id-large-model\" version=\"5.0.0\">\n");
        List<String> goals = elements("Motivation", "Goal", "OBJ", "Mejorar la gestión de %s", 16);
        List<String> capabilities = elements("Strategy", "Capability", "CAP", "Capacidad de %s", 16);
        List<String> processes = elements("Business", "BusinessProcess", "PRO", "Gestión de %s", 32);
        List<String> applications = elements("Application", "ApplicationComponent", "APP",
                "Sistema de información de %s de la entidad, versión institucional", 48);
        List<String> functions = elements("Application", "ApplicationFunction", "FUN", "Función de %s", 48);
        List<String> nodes = elements("Technology", "Node", "NOD", "Servidor de %s", 16);
        List<String> groupings = new ArrayList<>();
        xml.append("  <folder name=\"Other\" id=\"id-f-other\" type=\"other\">\n");
        for (int g = 0; g < 6; g++) {
            groupings.add(id("grp"));
            xml.append("    <element xsi:type=\"archimate:Grouping\" name=\"Dominio ").append(g + 1)
                    .append("\" id=\"").append(groupings.get(g)).append("\"/>\n");
        }
        xml.append("    <element xsi:type=\"archimate:Junction\" id=\"id-junction-and\"/>\n");
        xml.append("    <element xsi:type=\"archimate:Junction\" id=\"id-junction-or\" type=\"or\"/>\n");
        xml.append("  </folder>\n");
        for (int i = 0; i < applications.size(); i++) {
            relate("Realization", applications.get(i), processes.get(i % processes.size()), i % 3 == 0 ? "soporta" : null);
            relate("Composition", applications.get(i), functions.get(i), null);
            relate("Serving", nodes.get(i % nodes.size()), applications.get(i), null);
        }
        for (int i = 0; i < processes.size(); i++) {
            relate("Realization", processes.get(i), capabilities.get(i % capabilities.size()), null);
        }
        for (int i = 0; i < capabilities.size(); i++) {
            relate("Influence", capabilities.get(i), goals.get(i), "contribuye");
        }
        relate("Serving", applications.get(0), "id-junction-and", null);
        relate("Serving", "id-junction-and", processes.get(1), null);
        relate("Serving", "id-junction-and", processes.get(2), null);
        relate("Flow", applications.get(3), "id-junction-or", "datos de radicación");
        bentRelation = relations.get(relations.size() - 1).id();
        relate("Flow", "id-junction-or", applications.get(4), null);
        relate("Flow", "id-junction-or", applications.get(5), null);
        writeRelations();
        xml.append("  <folder name=\"Views\" id=\"id-f-views\" type=\"diagrams\">\n");
        view(LARGE_VIEW_ID, LARGE_VIEW_NAME, "Todas las aplicaciones de la entidad, por dominio.",
                "06.1. Mapa general de aplicaciones", large(applications, functions, processes, nodes, groupings), "    ");
        List<List<String>> layers = List.of(goals, capabilities, processes, applications, nodes);
        int number = 1;
        for (String[] path : VIEW_FOLDERS) {
            String indent = "    ";
            for (String folder : path) {
                xml.append(indent).append("<folder name=\"").append(folder).append("\" id=\"id-vf-").append(number)
                        .append('-').append(folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-")).append("\">\n");
                indent += "  ";
            }
            for (int v = 0; v < 4 && number < VIEWS; v++, number++) {
                String subject = SUBJECTS[number % SUBJECTS.length];
                view(String.format(Locale.ROOT, "id-view-%02d", number), "Vista " + number,
                        number % 3 == 0 ? "Vista de **" + subject + "**.&#10;&#10;| Campo | Valor |&#10;|---|---|&#10;"
                                + "| Dueño | OTIC |" : null,
                        number % 2 == 0 ? String.format(Locale.ROOT, "06.%d. Vista de %s", number + 1, subject) : null,
                        small(number, layers.get(number % layers.size()), layers.get((number + 1) % layers.size())),
                        indent);
            }
            for (int f = 0; f < path.length; f++) {
                indent = indent.substring(2);
                xml.append(indent).append("</folder>\n");
            }
        }
        xml.append("  </folder>\n</archimate:model>\n");
        return xml.toString();
    }

    private List<String> elements(String layer, String type, String code, String name, int count) {
        List<String> ids = new ArrayList<>();
        xml.append("  <folder name=\"").append(layer).append("\" id=\"id-f-").append(type.toLowerCase(Locale.ROOT))
                .append("\" type=\"").append(layer.toLowerCase(Locale.ROOT)).append("\">\n");
        for (int i = 0; i < count; i++) {
            String id = id(code.toLowerCase(Locale.ROOT));
            ids.add(id);
            String subject = SUBJECTS[i % SUBJECTS.length] + (i >= SUBJECTS.length ? " " + (i / SUBJECTS.length + 1) : "");
            xml.append("    <element xsi:type=\"archimate:").append(type).append("\" name=\"")
                    .append(String.format(Locale.ROOT, "%s%02d: ", code, i + 1)).append(String.format(name, subject))
                    .append("\" id=\"").append(id).append("\">\n      <documentation>")
                    .append(i % 5 == 0 ? "**" + type + "** de " + subject + ".&#10;&#10;- Alcance: toda la entidad"
                            + "&#10;- Revisión: anual" : "Elemento de " + subject + " que la entidad mantiene.")
                    .append("</documentation>\n      <property key=\"responsable\" value=\"Oficina de ")
                    .append(subject).append("\"/>\n");
            if (i % 4 == 0) {
                xml.append("      <property key=\"estado\" value=\"").append(i % 8 == 0 ? "Productivo" : "En diseño")
                        .append("\"/>\n");
            }
            if (type.equals("ApplicationComponent") && i % 8 == 0) {
                xml.append("      <property key=\"manual\" value=\"https://example.org/manuales/").append(code)
                        .append(i + 1).append("\"/>\n");
            }
            xml.append("    </element>\n");
        }
        xml.append("  </folder>\n");
        return ids;
    }

    private void relate(String type, String source, String target, String name) {
        relations.add(new Relation(type, id("rel"), source, target, name));
    }

    private void writeRelations() {
        xml.append("  <folder name=\"Relations\" id=\"id-f-relations\" type=\"relations\">\n");
        for (int r = 0; r < relations.size(); r++) {
            Relation relation = relations.get(r);
            xml.append("    <element xsi:type=\"archimate:").append(relation.type()).append("Relationship\"")
                    .append(relation.name() == null ? "" : " name=\"" + relation.name() + "\"")
                    .append(" id=\"").append(relation.id()).append("\" source=\"").append(relation.source())
                    .append("\" target=\"").append(relation.target()).append('"');
            if (r % 10 == 0) {
                xml.append(">\n      <documentation>Acordado en el comité de arquitectura (acta ").append(r)
                        .append(").</documentation>\n      <property key=\"vigencia\" value=\"2025\"/>\n    </element>\n");
            } else {
                xml.append("/>\n");
            }
        }
        xml.append("  </folder>\n");
    }

    /** A view of eight boxes of two layers, with the relations between them. */
    private List<Box> small(int number, List<String> upper, List<String> lower) {
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            boxes.add(new Box(id("n"), upper.get((number + i) % upper.size()), null, 40 + i * 200, 40, 120, 55));
            boxes.add(new Box(id("n"), lower.get((number + i) % lower.size()), null, 40 + i * 200, 240, 120, 55));
        }
        return boxes;
    }

    /**
     * The large view: six groupings in a 3 × 2 grid, each holding eight application components, each
     * component a container of one function; processes, nodes, two junctions and three notes below.
     */
    private List<Box> large(List<String> applications, List<String> functions, List<String> processes,
                            List<String> nodes, List<String> groupings) {
        List<Box> top = new ArrayList<>();
        for (int g = 0; g < groupings.size(); g++) {
            Box grouping = new Box(id("n"), groupings.get(g), null, 20 + (g % 3) * 990, 20 + (g / 3) * 760, 960, 740);
            for (int a = 0; a < 8; a++) {
                Box application = new Box(id("n"), applications.get(g * 8 + a), null, 20 + (a % 4) * 235,
                        40 + (a / 4) * 340, 215, 300);
                application.children.add(new Box(id("n"), functions.get(g * 8 + a), null, 20, 150, 120, 55));
                grouping.children.add(application);
            }
            top.add(grouping);
        }
        for (int p = 0; p < processes.size(); p++) {
            top.add(new Box(id("n"), processes.get(p), null, 20 + (p % 20) * 148, 1540 + (p / 20) * 90, 120, 55));
        }
        for (int n = 0; n < 10; n++) {
            top.add(new Box(id("n"), nodes.get(n), null, 20 + n * 148, 1820, 120, 55));
        }
        top.add(new Box(id("n"), "id-junction-and", null, 1700, 1500, 15, 15));
        top.add(new Box(id("n"), "id-junction-or", null, 1760, 1500, 15, 15));
        Box notes = new Box(id("group"), null, null, 2180, 1760, 800, 200);
        notes.group = "Notas de revisión";
        for (int n = 0; n < 3; n++) {
            notes.children.add(new Box(id("note"), null, n == 2 ? "https://example.org/arquitectura"
                    : "Nota " + (n + 1) + ": revisar con la Oficina de Planeación antes del cierre de la vigencia.",
                    20 + n * 260, 50, 240, 120));
        }
        top.add(notes);
        int count = count(top);
        if (count != LARGE_BOXES) {
            throw new IllegalStateException("the large view has " + count + " boxes, not " + LARGE_BOXES);
        }
        return top;
    }

    private static int count(List<Box> boxes) {
        int count = 0;
        for (Box box : boxes) {
            count += 1 + count(box.children);
        }
        return count;
    }

    /** Writes a view, each line in its source box as Archi writes it, for every relation between two boxes. */
    private void view(String id, String name, String documentation, String titulo, List<Box> boxes, String indent) {
        List<Box> all = new ArrayList<>();
        flatten(boxes, all);
        for (Relation relation : relations) {
            for (Box source : all) {
                for (Box target : all) {
                    if (relation.source().equals(source.element) && relation.target().equals(target.element)) {
                        source.connections.add(new String[] {id("c"), target.id, relation.id()});
                    }
                }
            }
        }
        xml.append(indent).append("<element xsi:type=\"archimate:ArchimateDiagramModel\" name=\"").append(name)
                .append("\" id=\"").append(id).append("\">\n");
        if (documentation != null) {
            xml.append(indent).append("  <documentation>").append(documentation).append("</documentation>\n");
        }
        if (titulo != null) {
            xml.append(indent).append("  <property key=\"titulo\" value=\"").append(titulo).append("\"/>\n")
                    .append(indent).append("  <property key=\"plantillaElm\" value=\"elementsimple-md\"/>\n");
        }
        if (id.equals(LARGE_VIEW_ID) || id.endsWith("5")) {
            xml.append(indent).append("  <property key=\"responsable\" value=\"Oficina de Tecnologías\"/>\n");
        }
        for (Box box : boxes) {
            write(box, indent + "  ");
        }
        xml.append(indent).append("</element>\n");
    }

    private static void flatten(List<Box> boxes, List<Box> into) {
        for (Box box : boxes) {
            into.add(box);
            flatten(box.children, into);
        }
    }

    private void write(Box box, String indent) {
        xml.append(indent).append("<child xsi:type=\"archimate:")
                .append(box.note != null ? "DiagramModelNote" : box.group != null ? "DiagramModelGroup"
                        : "DiagramModelArchimateObject").append("\" id=\"").append(box.id).append('"');
        if (box.group != null) {
            xml.append(" name=\"").append(box.group).append('"');
        }
        if (box.element != null) {
            xml.append(" archimateElement=\"").append(box.element).append('"');
        }
        xml.append(">\n").append(indent).append("  <bounds x=\"").append(box.x).append("\" y=\"").append(box.y)
                .append("\" width=\"").append(box.width).append("\" height=\"").append(box.height).append("\"/>\n");
        if (box.note != null) {
            xml.append(indent).append("  <content>").append(box.note).append("</content>\n");
        }
        for (String[] connection : box.connections) {
            xml.append(indent).append("  <sourceConnection xsi:type=\"archimate:Connection\" id=\"").append(connection[0])
                    .append("\" source=\"").append(box.id).append("\" target=\"").append(connection[1])
                    .append("\" archimateRelationship=\"").append(connection[2]).append('"');
            if (connection[2].equals(bentRelation)) {
                // Down from APP04's centre (852.5, 210), then across to the junction (1767.5, 1507.5).
                xml.append(">\n").append(indent).append("    <bendpoint startY=\"1270\" endX=\"-915\" endY=\"-27\"/>\n")
                        .append(indent).append("  </sourceConnection>\n");
            } else {
                xml.append("/>\n");
            }
        }
        for (Box child : box.children) {
            write(child, indent + "  ");
        }
        xml.append(indent).append("</child>\n");
    }
}
