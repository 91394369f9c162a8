package io.github.bmmsite.model;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.archimate.ArchimateModel;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.parse.PandocAttributes;
import io.github.bmmsite.parse.PandocNodes;
import io.github.bmmsite.parse.ParsedDocument;
import io.github.bmmsite.source.Metadata;
import io.github.bmmsite.source.ModelFile;
import io.github.bmmsite.source.Placeholders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    /**
     * {@code O7: Name}, {@code OETI01: Name}, {@code ACC2. Name}: a code has letters then digits.
     * The code is taken whole, without backtracking (the lookahead asks for its digit), so that a
     * long name of letters and digits costs its length, not its length squared.
     */
    static final Pattern CODED_HEADING =
            Pattern.compile("((?=[A-Z]++[0-9])[A-Z0-9]++)\\s*+[:.]\\s++(\\S.*)", Pattern.DOTALL);
    /** The export's mark after a view's name in its title heading (tried only where a run of spaces starts). */
    private static final Pattern VIEW_MARK = Pattern.compile("(?<!\\s)\\s*+\\((?i:view)\\)$");
    /** YAML's words for true, and for false or nothing (YAML 1.1 and 1.2), in lower case. */
    private static final Set<String> YAML_TRUE = Set.of("true", "yes", "on");
    private static final Set<String> YAML_FALSE = Set.of("false", "no", "off", "null", "~");

    private final Diagnostics diagnostics;
    private final Placeholders placeholders;
    private final Slugs elementSlugs = new Slugs();
    private final Slugs groupSlugs = new Slugs();
    private final Slugs viewSlugs = new Slugs();
    private final Map<String, Element> elements = new LinkedHashMap<>();
    private final Map<String, String> keysByName = new HashMap<>();
    /** Members of each group in the order they were placed; a set, because an element moves between groups often. */
    private final Map<String, Set<String>> groupMembers = new LinkedHashMap<>();
    private final List<View> views = new ArrayList<>();
    private final Placements placements = new Placements();
    /** For each view: the group heading each of its elements stands under in that view. */
    private final Map<String, Map<String, String>> groupsByView = new HashMap<>();
    private ArchitectureMapping mapping;

    public ModelAssembler(Diagnostics diagnostics, Placeholders placeholders) {
        this.diagnostics = diagnostics;
        this.placeholders = placeholders;
    }

    public SiteModel assemble(List<ParsedDocument> documents, List<ModelFile> modelFiles) {
        return assemble(documents, modelFiles, Optional.empty());
    }

    /**
     * @param architecture the architecture model ({@code bmm.model}): when present, types, groups
     *     and relations come from it first; model files add to it, and contradicting it is an error
     */
    public SiteModel assemble(List<ParsedDocument> documents, List<ModelFile> modelFiles,
                              Optional<ArchimateModel> architecture) {
        for (ParsedDocument document : documents) {
            addView(document);
        }
        List<Relation> fromArchitecture = new ArrayList<>();
        architecture.ifPresent(model -> {
            mapping = new ArchitectureMapping(diagnostics, placeholders, model, elements, keysByName, groupMembers,
                    elementSlugs);
            views.replaceAll(mapping::apply);
            groupMembers.values().removeIf(Set::isEmpty);
            fromArchitecture.addAll(mapping.relations(List.copyOf(elements.keySet())));
        });
        List<Relation> relations = new ArrayList<>(fromArchitecture);
        for (ModelFile modelFile : modelFiles) {
            applyTypes(modelFile);
            applyGroups(modelFile);
            relations.addAll(checkedAgainstArchitecture(relations(modelFile), fromArchitecture));
        }
        List<Relation> distinct = distinctRelations(relations);
        SiteModel model = new SiteModel(viewsWithGroups(), groups(), List.copyOf(elements.values()), distinct,
                figures(documents), placements);
        return mapping == null ? model : model.withDiagrams(mapping.diagrams());
    }

    private void addView(ParsedDocument document) {
        DocumentOutline outline = DocumentOutline.of(document);
        SourceLocation fileLocation = SourceLocation.of(document.source().file().displayPath());
        Optional<String> headingTitle = outline.title()
                .map(PandocNodes::plainText)
                .map(ModelAssembler::withoutViewMark)
                .filter(t -> !t.isEmpty());
        String title = headingTitle
                .or(() -> document.source().metadata().text("title").map(ModelAssembler::withoutViewMark))
                .orElseGet(() -> fileTitle(document));
        SourceLocation titleAt = headingTitle.isPresent() ? document.locationOf(outline.title().get())
                : SourceLocation.of(document.source().file().displayPath(), document.source().metadata().line("title"));
        String filledTitle = fill(title, titleAt);
        if (placeholders.fill(title, name -> "").isBlank()) {
            // A title page's "$TITULO" without a value (reported) names nothing; the file name does.
            filledTitle = fileTitle(document);
        }
        String viewSlug = viewSlugs.unique(filledTitle);
        outline.title().ifPresent(heading -> placements.heading(heading, Placements.Page.VIEW, viewSlug));
        placements.blocks(outline.introduction(), Placements.Page.VIEW, viewSlug);
        List<String> keys = new ArrayList<>();
        Map<String, String> groupsOfView = new HashMap<>();
        groupsByView.put(viewSlug, groupsOfView);
        String group = null;
        for (int i = 0; i < outline.sections().size(); i++) {
            DocumentOutline.Section section = outline.sections().get(i);
            SourceLocation at = document.locationOf(section.heading());
            String text = fill(section.text(), at);
            if (outline.isGroup(i)) {
                group = text;
                groupMembers.computeIfAbsent(group, g -> new LinkedHashSet<>());
                placements.heading(section.heading(), Placements.Page.GROUP, group);
                continue;
            }
            Optional<Element> element = addElement(text, section, document, viewSlug, group, at, keys);
            String placedIn = group;
            element.ifPresent(e -> {
                keys.add(e.key());
                if (placedIn != null) {
                    groupsOfView.put(e.key(), placedIn);
                }
                placements.heading(section.heading(), Placements.Page.ELEMENT, e.key());
                placements.blocks(section.body(), Placements.Page.ELEMENT, e.key());
            });
        }
        views.add(new View(viewSlug, filledTitle, document,
                new Fragment(document, outline.introduction()), List.of(), keys,
                draftNote(document.source().metadata()), fileLocation));
    }

    /**
     * pandoc's {@code todo}: a note makes the document a draft; a YAML true ({@code true},
     * {@code yes}, {@code on}) makes it a draft without a note (empty); a YAML false or null
     * ({@code false}, {@code no}, {@code off}, {@code null}) or nothing, no draft.
     */
    private static Optional<String> draftNote(Metadata metadata) {
        return metadata.text("todo")
                .filter(todo -> !YAML_FALSE.contains(todo.toLowerCase(Locale.ROOT)))
                .map(todo -> YAML_TRUE.contains(todo.toLowerCase(Locale.ROOT)) ? "" : todo);
    }

    /** The export marks view titles with "(view)"; the page names the view without it. */
    public static String withoutViewMark(String heading) {
        return VIEW_MARK.matcher(heading.strip()).replaceFirst("");
    }

    /**
     * A new element, or one that an earlier document already describes (then this view is added
     * to it). Described twice in one document is an error.
     */
    private Optional<Element> addElement(String text, DocumentOutline.Section section, ParsedDocument document,
                                         String viewSlug, String group, SourceLocation at, List<String> keysOfView) {
        Matcher coded = CODED_HEADING.matcher(text);
        Optional<String> code = coded.matches() ? Optional.of(coded.group(1)) : Optional.empty();
        String name = code.isPresent() ? coded.group(2).strip() : text;
        String key = code.orElse(name);
        Element existing = elements.get(key);
        if (existing == null && keysByName.containsKey(name)) {
            existing = elements.get(keysByName.get(name));
        }
        Fragment description = new Fragment(document, section.body());
        if (existing == null) {
            return Optional.of(newElement(key, code, name, viewSlug, group, description, at));
        }
        boolean otherCode = code.isPresent() && existing.code().isPresent() && !code.equals(existing.code());
        if (keysOfView.contains(existing.key()) || otherCode) {
            diagnostics.report(Problem.DUPLICATE_ELEMENT, at, "'" + text + "' is already defined at "
                    + existing.location() + (otherCode ? " with another code; an element keeps one code"
                    : "; a document describes each element once, so rename or remove one"));
            return Optional.empty();
        }
        if (code.isPresent() && existing.code().isEmpty()) {
            diagnostics.report(Problem.ELEMENT_NAME_DIFFERS, at, "'" + existing.name() + "' has no code at "
                    + existing.location() + " but '" + code.get() + "' here; its page keeps the first heading,"
                    + " so write the code in both documents");
        }
        return Optional.of(sharedElement(existing, name, viewSlug, group, description, at));
    }

    private Element newElement(String key, Optional<String> code, String name, String viewSlug, String group,
                               Fragment description, SourceLocation at) {
        String slug = elementSlugs.unique(code.orElse(name));
        Element element = new Element(key, code, name, slug, Optional.empty(), Optional.ofNullable(group), viewSlug,
                description, at);
        elements.put(key, element);
        keysByName.put(name, key);
        if (group != null) {
            groupMembers.get(group).add(key);
        }
        return element;
    }

    /** An element of an earlier view shown again: one page, every view listed, no text dropped. */
    private Element sharedElement(Element existing, String name, String viewSlug, String group,
                                  Fragment description, SourceLocation at) {
        if (!name.equals(existing.name())) {
            diagnostics.report(Problem.ELEMENT_NAME_DIFFERS, at, "'" + existing.key() + "' is named '"
                    + existing.name() + "' at " + existing.location() + " and '" + name + "' here;"
                    + " its page uses the first name, so write the same name in both documents");
        }
        if (group != null && !groupMembers.get(group).contains(existing.key())) {
            // Each view groups its elements its own way: the element is a member of every group it is shown in.
            groupMembers.get(group).add(existing.key());
            existing = existing.group().isPresent() ? existing : existing.withGroup(group);
        }
        Element shared = DescriptionText.of(existing.description()).isEmpty()
                ? existing.describedIn(viewSlug, description, at)
                : existing.alsoIn(viewSlug, differingDescription(existing, viewSlug, description, at));
        elements.put(existing.key(), shared);
        return shared;
    }

    /** Another view's text for an element, when it says something no earlier view said (warned). */
    private Optional<Element.OtherDescription> differingDescription(Element existing, String viewSlug,
                                                                    Fragment description, SourceLocation at) {
        String text = DescriptionText.of(description);
        if (text.isEmpty() || text.equals(DescriptionText.of(existing.description()))) {
            return Optional.empty();
        }
        for (Element.OtherDescription other : existing.otherDescriptions()) {
            if (text.equals(DescriptionText.of(other.description()))) {
                return Optional.empty();
            }
        }
        diagnostics.report(Problem.DESCRIPTION_DIFFERS, at, "'" + existing.title() + "' is described here"
                + " differently than at " + existing.location() + "; its page shows both texts, the first one"
                + " first; give both documents the same text (the model's documentation) to show one");
        return Optional.of(new Element.OtherDescription(viewSlug, description, at));
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
                    Optional<SourceLocation> inArchitecture = architectureLocation(key);
                    if (inArchitecture.isPresent() && element.type().isPresent()
                            && !element.type().get().equals(type.get())) {
                        diagnostics.report(Problem.ARCHITECTURE_CONFLICT,
                                SourceLocation.of(modelFile.displayPath(), member.line()),
                                "'" + member.text() + "' is a " + element.type().get().name()
                                        + " in the architecture model (" + inArchitecture.get() + "), not a "
                                        + type.get().name() + "; fix one of them");
                    } else if (element.type().isPresent() && !element.type().get().equals(type.get())) {
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
                    if (mapping != null && mapping.groupedByModel(key)) {
                        if (!element.group().orElseThrow().equals(groupName)) {
                            diagnostics.report(Problem.ARCHITECTURE_CONFLICT,
                                    SourceLocation.of(modelFile.displayPath(), member.line()),
                                    "'" + member.text() + "' is drawn in the grouping '" + element.group().get()
                                            + "' of the architecture model (" + architectureLocation(key).orElseThrow()
                                            + "), not in '" + groupName + "'; fix one of them");
                        }
                        return;
                    }
                    groupMembers.values().forEach(members -> members.remove(key));
                    groupMembers.computeIfAbsent(groupName, g -> new LinkedHashSet<>()).add(key);
                    elements.put(key, element.withGroup(groupName));
                });
            }
            groupMembers.computeIfAbsent(groupName, g -> new LinkedHashSet<>());
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

    private Optional<SourceLocation> architectureLocation(String key) {
        return mapping == null ? Optional.empty() : mapping.modelLocation(key);
    }

    /**
     * A model file's relation between two elements of the architecture model must be one of the
     * model's: another type between the same elements is an error, a relation the model lacks a
     * warning (it is shown all the same).
     */
    private List<Relation> checkedAgainstArchitecture(List<Relation> declared, List<Relation> known) {
        if (mapping == null) {
            return declared;
        }
        for (Relation relation : declared) {
            if (architectureLocation(relation.sourceKey()).isEmpty() || architectureLocation(relation.targetKey()).isEmpty()) {
                continue;
            }
            List<Relation> between = known.stream().filter(r -> r.sourceKey().equals(relation.sourceKey())
                    && r.targetKey().equals(relation.targetKey())).toList();
            if (between.stream().anyMatch(r -> r.type() == relation.type())) {
                continue;
            }
            if (!between.isEmpty()) {
                diagnostics.report(Problem.ARCHITECTURE_CONFLICT, relation.declaredAt(), "the architecture model"
                        + " relates '" + relation.sourceKey() + "' to '" + relation.targetKey() + "' by "
                        + between.get(0).type().id() + " (" + between.get(0).declaredAt() + "), not by "
                        + relation.type().id() + "; fix one of them");
            } else {
                diagnostics.report(Problem.ARCHITECTURE_RELATION_MISSING, relation.declaredAt(), "the architecture"
                        + " model has no relation from '" + relation.sourceKey() + "' to '" + relation.targetKey()
                        + "'; it is shown, but add it in Archi (or remove it here) so that both agree");
            }
        }
        return declared;
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
        for (Map.Entry<String, Set<String>> group : groupMembers.entrySet()) {
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
            Map<String, String> groupsOfView = groupsByView.getOrDefault(view.slug(), Map.of());
            for (String key : view.elementKeys()) {
                Optional.ofNullable(groupsOfView.get(key)).filter(g -> groupMembers.getOrDefault(g, Set.of()).contains(key))
                        .or(() -> elements.get(key).group())
                        .ifPresent(groupNames::add);
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
