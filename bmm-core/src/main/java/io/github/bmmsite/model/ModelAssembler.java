package io.github.bmmsite.model;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.parse.PandocAttributes;
import io.github.bmmsite.parse.PandocNodes;
import io.github.bmmsite.parse.ParsedDocument;
import io.github.bmmsite.source.ModelFile;
import io.github.bmmsite.source.Placeholders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the site model from the parsed documents and the model files: elements and groups
 * from headings, then types, groups and relations from the model files, then figure numbers.
 */
public final class ModelAssembler {

    /** {@code O7: Name}, {@code OETI01: Name}, {@code ACC2. Name}: a code has letters then digits. */
    private static final Pattern CODED_HEADING =
            Pattern.compile("([A-Z][A-Z0-9]*[0-9][A-Z0-9]*)\\s*[:.]\\s+(\\S.*)", Pattern.DOTALL);

    private final Diagnostics diagnostics;
    private final Placeholders placeholders;
    private final Slugs elementSlugs = new Slugs();
    private final Slugs groupSlugs = new Slugs();
    private final Slugs viewSlugs = new Slugs();
    private final Map<String, Element> elements = new LinkedHashMap<>();
    private final Map<String, String> keysByName = new HashMap<>();
    private final Map<String, List<String>> groupMembers = new LinkedHashMap<>();
    private final List<View> views = new ArrayList<>();

    public ModelAssembler(Diagnostics diagnostics, Placeholders placeholders) {
        this.diagnostics = diagnostics;
        this.placeholders = placeholders;
    }

    public SiteModel assemble(List<ParsedDocument> documents, List<ModelFile> modelFiles) {
        for (ParsedDocument document : documents) {
            addView(document);
        }
        List<Relation> relations = new ArrayList<>();
        for (ModelFile modelFile : modelFiles) {
            applyTypes(modelFile);
            applyGroups(modelFile);
            relations.addAll(relations(modelFile));
        }
        List<Relation> distinct = distinctRelations(relations);
        return new SiteModel(viewsWithGroups(), groups(), List.copyOf(elements.values()), distinct, figures(documents));
    }

    private void addView(ParsedDocument document) {
        DocumentOutline outline = DocumentOutline.of(document);
        SourceLocation fileLocation = SourceLocation.of(document.source().file().displayPath());
        String title = outline.title()
                .map(PandocNodes::plainText)
                .map(String::strip)
                .or(() -> document.source().metadata().text("title"))
                .orElseGet(() -> fileTitle(document));
        String viewSlug = viewSlugs.unique(fill(title, outline.title().map(document::locationOf).orElse(fileLocation)));
        List<String> keys = new ArrayList<>();
        String group = null;
        for (int i = 0; i < outline.sections().size(); i++) {
            DocumentOutline.Section section = outline.sections().get(i);
            SourceLocation at = document.locationOf(section.heading());
            String text = fill(section.text(), at);
            if (outline.isGroup(i)) {
                group = text;
                groupMembers.computeIfAbsent(group, g -> new ArrayList<>());
                continue;
            }
            Optional<Element> element = newElement(text, section, document, viewSlug, group, at);
            element.ifPresent(e -> keys.add(e.key()));
        }
        views.add(new View(viewSlug, fill(title, fileLocation), document,
                new Fragment(document, outline.introduction()), List.of(), keys,
                document.source().metadata().text("todo"), fileLocation));
    }

    private Optional<Element> newElement(String text, DocumentOutline.Section section, ParsedDocument document,
                                         String viewSlug, String group, SourceLocation at) {
        Matcher coded = CODED_HEADING.matcher(text);
        Optional<String> code = coded.matches() ? Optional.of(coded.group(1)) : Optional.empty();
        String name = coded.matches() ? coded.group(2).strip() : text;
        String key = code.orElse(name);
        Element existing = elements.get(key);
        if (existing == null && keysByName.containsKey(name)) {
            existing = elements.get(keysByName.get(name));
        }
        if (existing != null) {
            diagnostics.report(Problem.DUPLICATE_ELEMENT, at, "'" + text + "' is already defined at "
                    + existing.location() + "; each element is described once, so rename or remove one");
            return Optional.empty();
        }
        String slug = elementSlugs.unique(code.orElse(name));
        Element element = new Element(key, code, name, slug, Optional.empty(), Optional.ofNullable(group), viewSlug,
                new Fragment(document, section.body()), at);
        elements.put(key, element);
        keysByName.put(name, key);
        if (group != null) {
            groupMembers.get(group).add(key);
        }
        return Optional.of(element);
    }

    private Optional<String> resolve(ModelFile modelFile, ModelFile.Ref ref) {
        if (elements.containsKey(ref.text())) {
            return Optional.of(ref.text());
        }
        if (keysByName.containsKey(ref.text())) {
            return Optional.of(keysByName.get(ref.text()));
        }
        diagnostics.report(Problem.MODEL_UNKNOWN_ELEMENT, SourceLocation.of(modelFile.displayPath(), ref.line()),
                "no document describes an element with the code or name '" + ref.text()
                        + "'; write it exactly as in its heading");
        return Optional.empty();
    }

    private void applyTypes(ModelFile modelFile) {
        for (ModelFile.Membership declaration : modelFile.types()) {
            Optional<ElementType> type = ElementType.named(declaration.name().text());
            if (type.isEmpty()) {
                diagnostics.report(Problem.MODEL_UNKNOWN_TYPE,
                        SourceLocation.of(modelFile.displayPath(), declaration.name().line()),
                        "'" + declaration.name().text() + "' is not an ArchiMate element type"
                                + " (for example Goal, Principle, Capability, BusinessProcess)");
                continue;
            }
            for (ModelFile.Ref member : declaration.members()) {
                resolve(modelFile, member).ifPresent(key -> {
                    Element element = elements.get(key);
                    if (element.type().isPresent() && !element.type().get().equals(type.get())) {
                        diagnostics.report(Problem.MODEL_CONFLICT,
                                SourceLocation.of(modelFile.displayPath(), member.line()),
                                "'" + member.text() + "' is already of type " + element.type().get().name());
                    } else {
                        elements.put(key, element.withType(type.get()));
                    }
                });
            }
        }
    }

    private void applyGroups(ModelFile modelFile) {
        Set<String> placedHere = new LinkedHashSet<>();
        for (ModelFile.Membership declaration : modelFile.groups()) {
            String groupName = declaration.name().text();
            for (ModelFile.Ref member : declaration.members()) {
                resolve(modelFile, member).ifPresent(key -> {
                    if (!placedHere.add(key)) {
                        diagnostics.report(Problem.MODEL_CONFLICT,
                                SourceLocation.of(modelFile.displayPath(), member.line()),
                                "'" + member.text() + "' is listed in two groups; an element belongs to one");
                        return;
                    }
                    Element element = elements.get(key);
                    element.group().ifPresent(old -> groupMembers.get(old).remove(key));
                    groupMembers.computeIfAbsent(groupName, g -> new ArrayList<>()).add(key);
                    elements.put(key, element.withGroup(groupName));
                });
            }
            groupMembers.computeIfAbsent(groupName, g -> new ArrayList<>());
        }
    }

    private List<Relation> relations(ModelFile modelFile) {
        List<Relation> relations = new ArrayList<>();
        for (ModelFile.RelationDeclaration declaration : modelFile.relations()) {
            Optional<RelationType> type = RelationType.named(declaration.type().text());
            if (type.isEmpty()) {
                diagnostics.report(Problem.MODEL_UNKNOWN_RELATION,
                        SourceLocation.of(modelFile.displayPath(), declaration.type().line()),
                        "'" + declaration.type().text() + "' is not an ArchiMate relationship type"
                                + " (for example realization, influence, serving, association)");
                continue;
            }
            Optional<String> source = resolve(modelFile, declaration.source());
            Optional<String> target = resolve(modelFile, declaration.target());
            if (source.isPresent() && target.isPresent()) {
                relations.add(new Relation(source.get(), type.get(), target.get(),
                        SourceLocation.of(modelFile.displayPath(), declaration.target().line())));
            }
        }
        return relations;
    }

    private static List<Relation> distinctRelations(List<Relation> relations) {
        Set<List<Object>> seen = new LinkedHashSet<>();
        return relations.stream().filter(r -> seen.add(List.of(r.sourceKey(), r.type(), r.targetKey()))).toList();
    }

    /**
     * Groups in the order they are met: document headings first, then model-file groups; their
     * members in reading order.
     */
    private List<Group> groups() {
        Map<String, Integer> readingOrder = new HashMap<>();
        for (String key : elements.keySet()) {
            readingOrder.put(key, readingOrder.size());
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : groupMembers.entrySet()) {
            List<String> members = group.getValue().stream()
                    .sorted(Comparator.comparing(readingOrder::get)).toList();
            groups.add(new Group(group.getKey(), groupSlugs.unique(group.getKey()), members));
        }
        return groups;
    }

    private List<View> viewsWithGroups() {
        List<View> result = new ArrayList<>();
        for (View view : views) {
            Set<String> groupNames = new LinkedHashSet<>();
            for (String key : view.elementKeys()) {
                elements.get(key).group().ifPresent(groupNames::add);
            }
            result.add(new View(view.slug(), view.title(), view.document(), view.introduction(),
                    List.copyOf(groupNames), view.elementKeys(), view.todo(), view.location()));
        }
        return result;
    }

    private List<Figure> figures(List<ParsedDocument> documents) {
        List<Figure> figures = new ArrayList<>();
        Map<String, Figure> byId = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            ParsedDocument document = documents.get(d);
            String viewSlug = views.get(d).slug();
            for (Node node : document.ast().getDescendants()) {
                Optional<Image> image = PandocNodes.figureImage(node);
                Optional<String> id = image.flatMap(PandocNodes::attributesOf).flatMap(PandocAttributes::id)
                        .filter(i -> i.startsWith("fig:"));
                if (id.isEmpty()) {
                    continue;
                }
                SourceLocation at = document.locationOf(node);
                Figure previous = byId.get(id.get());
                if (previous != null) {
                    diagnostics.report(Problem.DUPLICATE_FIGURE_ID, at, "the figure id '" + id.get()
                            + "' is already used at " + previous.location() + "; figure ids must be unique");
                    continue;
                }
                Figure figure = new Figure(id.get(), figures.size() + 1, viewSlug, image.get(), at);
                figures.add(figure);
                byId.put(figure.id(), figure);
            }
        }
        return figures;
    }

    private String fill(String text, SourceLocation at) {
        return placeholders.fill(text, name -> {
            diagnostics.report(Problem.UNRESOLVED_PLACEHOLDER, at,
                    "the placeholder $" + name + " has no value; set it in the plugin's <variables>");
            return "$" + name;
        });
    }

    private static String fileTitle(ParsedDocument document) {
        String name = document.source().file().path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
