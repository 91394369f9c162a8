package io.github.bmmsite.model;

import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;

import io.github.bmmsite.notation.ElementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The elements and groups of the site while documents and models are read, and the rules that
 * make one element of every heading that names it: headings are added one occurrence at a time,
 * merged into the element they name, placed in groups, given what the architecture model and the
 * model files say, and their texts kept when they differ.
 *
 * <p>An element is identified by the model element a heading matched, else by its code, else by its
 * name compared without case, accents or runs of spaces. Two headings with one name are two
 * elements when their codes differ, or when they matched two elements of the model.
 */
final class ElementCatalog {

    /**
     * An element of the architecture model that a heading matched or a view draws.
     *
     * @param documentation the model's text of it, as written there
     */
    record ModelElement(String id, ElementType type, NameKey name, String documentation, SourceLocation location) {
    }

    /**
     * One heading of a document that names an element.
     *
     * @param heading its code and name as written, placeholders filled
     * @param model the model element it matched, if any
     * @param otherVersion whether it is in a version of its view whose text the view page does not show
     */
    record Occurrence(NameKey heading, Optional<ModelElement> model, String viewSlug, String viewTitle,
                      String documentSlug, Fragment description, SourceLocation at, boolean otherVersion) {
    }

    private final Diagnostics diagnostics;
    private final Map<String, Element> elements = new LinkedHashMap<>();
    private final Map<String, String> keyOfIdentity = new HashMap<>();
    private final Map<String, String> modelIdOfKey = new HashMap<>();
    private final Map<String, String> modelDocumentationOfKey = new HashMap<>();
    /** The document whose text each element's page shows first. */
    private final Map<String, String> documentOfText = new HashMap<>();
    private final Map<String, String> keyOfCode = new HashMap<>();
    private final Map<String, List<String>> keysOfName = new HashMap<>();
    /** The title of the view that shows each element first, to tell elements of one name apart. */
    private final Map<String, String> viewTitleOfKey = new HashMap<>();
    /** Members of each group in the order they were placed; a set, because an element moves between groups often. */
    private final Map<String, Set<String>> groupMembers = new LinkedHashMap<>();
    /** The groups each element is a member of, so that taking it out of all of them does not visit every group. */
    private final Map<String, Set<String>> groupsOfMember = new HashMap<>();
    /** For each view: the group heading each of its elements stands under in that view. */
    private final Map<String, Map<String, String>> groupsByView = new HashMap<>();
    private final Set<String> groupedByModel = new HashSet<>();

    ElementCatalog(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Adds a heading: a new element, or the element it names, shown by one more view and, when
     * its text says something else, with that text too.
     *
     * @return the element's key; empty when no rule tells it from another element with its code (reported)
     */
    Optional<String> add(Occurrence occurrence) {
        Optional<String> code = occurrence.heading().code()
                .or(() -> occurrence.model().flatMap(m -> m.name().code()));
        Optional<String> existing = existingKey(occurrence, code);
        if (existing.isEmpty() && code.isPresent() && keyOfCode.containsKey(code.get())) {
            Element other = elements.get(keyOfCode.get(code.get()));
            diagnostics.report(Problem.DUPLICATE_ELEMENT, occurrence.at(), "'" + occurrence.heading().name()
                    + "' and '" + other.name() + "' (" + other.location() + ") are two elements of the architecture"
                    + " model with one code, " + code.get() + "; give each its own code in Archi");
            return Optional.empty();
        }
        if (existing.isEmpty()) {
            return Optional.of(create(occurrence, code).key());
        }
        Element element = elements.get(existing.get());
        if (occurrence.model().isEmpty()) {
            checkName(element, occurrence);
        }
        remember(element.key(), occurrence, code);
        elements.put(element.key(), merged(element, occurrence));
        return existing;
    }

    /** The element a heading names among those read before: same model element, code or name. */
    private Optional<String> existingKey(Occurrence occurrence, Optional<String> code) {
        Optional<String> byIdentity = Optional.ofNullable(keyOfIdentity.get(identity(occurrence)));
        if (byIdentity.isPresent()) {
            return byIdentity;
        }
        Optional<String> modelId = occurrence.model().map(ModelElement::id);
        Optional<String> byCode = code.map(keyOfCode::get)
                .filter(key -> modelId.isEmpty() || !modelIdOfKey.containsKey(key));
        if (byCode.isPresent()) {
            return byCode;
        }
        String name = occurrence.model().map(m -> m.name().normal()).orElse(occurrence.heading().normal());
        for (String key : keysOfName.getOrDefault(name, List.of())) {
            Element candidate = elements.get(key);
            boolean otherModelElement = modelId.isPresent() && modelIdOfKey.containsKey(key);
            boolean otherCode = code.isPresent() && candidate.code().isPresent() && !code.equals(candidate.code());
            // a heading the model could not tell (several elements have its name) is none of them
            boolean ambiguous = modelId.isEmpty() && code.isEmpty() && modelIdOfKey.containsKey(key);
            if (!otherModelElement && !otherCode && !ambiguous) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static String identity(Occurrence occurrence) {
        return occurrence.model().map(m -> "model:" + m.id())
                .or(() -> occurrence.heading().code().map(c -> "code:" + c))
                .orElse("name:" + occurrence.heading().normal());
    }

    private Element create(Occurrence occurrence, Optional<String> code) {
        String name = occurrence.model().map(m -> m.name().name()).orElse(occurrence.heading().name());
        Optional<ElementType> type = occurrence.model().map(ModelElement::type);
        String key = uniqueKey(code.orElse(name), name, type, occurrence.viewTitle());
        Element element = new Element(key, code, name, "", type, Optional.empty(), occurrence.viewSlug(),
                occurrence.description(), occurrence.at());
        elements.put(key, element);
        viewTitleOfKey.put(key, occurrence.viewTitle());
        documentOfText.put(key, occurrence.documentSlug());
        remember(key, occurrence, code);
        return element;
    }

    private void remember(String key, Occurrence occurrence, Optional<String> code) {
        keyOfIdentity.putIfAbsent(identity(occurrence), key);
        occurrence.model().ifPresent(m -> {
            modelIdOfKey.putIfAbsent(key, m.id());
            modelDocumentationOfKey.putIfAbsent(key, m.documentation());
        });
        code.ifPresent(c -> keyOfCode.putIfAbsent(c, key));
        Element element = elements.get(key);
        List<String> named = keysOfName.computeIfAbsent(NameKey.normal(element.name()), n -> new ArrayList<>());
        if (!named.contains(key)) {
            named.add(key);
        }
    }

    /** Without a model, the first heading names the element: another name or a code written later is reported. */
    private void checkName(Element element, Occurrence occurrence) {
        NameKey heading = occurrence.heading();
        if (heading.code().isPresent() && element.code().isEmpty()) {
            diagnostics.report(Problem.ELEMENT_NAME_DIFFERS, occurrence.at(), "'" + element.name() + "' has no code at "
                    + element.location() + " but '" + heading.code().get() + "' here; its page keeps the first"
                    + " heading, so write the code in both documents");
        } else if (heading.code().isPresent() && !heading.normal().equals(NameKey.normal(element.name()))) {
            diagnostics.report(Problem.ELEMENT_NAME_DIFFERS, occurrence.at(), "'" + element.key() + "' is named '"
                    + element.name() + "' at " + element.location() + " and '" + heading.name() + "' here;"
                    + " its page uses the first name, so write the same name in both documents");
        }
    }

    /**
     * The element shown by one more view, with its text when it says something no earlier text
     * said: a text that says all the first said and more takes its place; the model's current
     * text takes the place of an older export's.
     */
    private Element merged(Element element, Occurrence occurrence) {
        String key = element.key();
        if (DescriptionText.of(occurrence.description()).isEmpty()) {
            return element.alsoIn(occurrence.viewSlug(), Optional.empty());
        }
        if (!element.described()) {
            documentOfText.put(key, occurrence.documentSlug());
            return element.describedIn(occurrence.viewSlug(), occurrence.description(), occurrence.at());
        }
        DescriptionText.Comparison comparison = DescriptionText.compare(element.description(),
                occurrence.description());
        if (comparison == DescriptionText.Comparison.MORE) {
            documentOfText.put(key, occurrence.documentSlug());
            return element.firstText(occurrence.viewSlug(), occurrence.description(), occurrence.at(),
                    Optional.empty());
        }
        String text = DescriptionText.of(occurrence.description());
        if (comparison != DescriptionText.Comparison.DIFFERENT
                || element.otherDescriptions().stream().anyMatch(o -> text.equals(DescriptionText.of(o.description())))) {
            return element.alsoIn(occurrence.viewSlug(), Optional.empty());
        }
        if (occurrence.otherVersion() && element.viewSlug().equals(occurrence.viewSlug())) {
            return element.alsoIn(occurrence.viewSlug(), Optional.of(other(occurrence, Element.Source.OTHER_VERSION)));
        }
        Optional<String> current = Optional.ofNullable(modelDocumentationOfKey.get(key))
                .map(DescriptionText::normal).filter(doc -> !doc.isEmpty());
        boolean firstIsCurrent = current.filter(DescriptionText.ownText(element.description())::equals).isPresent();
        boolean laterIsCurrent = current.filter(DescriptionText.ownText(occurrence.description())::equals).isPresent();
        if (laterIsCurrent && !firstIsCurrent) {
            diagnostics.report(Problem.OLDER_EXPORT_TEXT, occurrence.at(), "'" + element.title() + "' has the"
                    + " architecture model's text here, and an older one at " + element.location() + ": its page"
                    + " shows this one first and keeps the other (export that document again to update it)");
            Element.OtherDescription former = new Element.OtherDescription(element.viewSlug(),
                    documentOfText.getOrDefault(key, occurrence.documentSlug()), shownAsOther(element.description()),
                    element.location(), Element.Source.OLDER_EXPORT);
            documentOfText.put(key, occurrence.documentSlug());
            return element.firstText(occurrence.viewSlug(), occurrence.description(), occurrence.at(),
                    Optional.of(former));
        }
        if (firstIsCurrent) {
            diagnostics.report(Problem.OLDER_EXPORT_TEXT, occurrence.at(), "'" + element.title() + "' has an older"
                    + " text here than the architecture model's, which " + element.location() + " has: its page"
                    + " shows that one first and keeps this one (export this document again to update it)");
            return element.alsoIn(occurrence.viewSlug(), Optional.of(other(occurrence, Element.Source.OLDER_EXPORT)));
        }
        diagnostics.report(Problem.DESCRIPTION_DIFFERS, occurrence.at(), "'" + element.title()
                + "' is described here differently than at " + element.location() + "; its page shows both"
                + " texts, the first one first; give both documents the same text (the model's documentation)"
                + " to show one");
        return element.alsoIn(occurrence.viewSlug(), Optional.of(other(occurrence, Element.Source.OTHER_VIEW)));
    }

    private static Element.OtherDescription other(Occurrence occurrence, Element.Source source) {
        return new Element.OtherDescription(occurrence.viewSlug(), occurrence.documentSlug(),
                shownAsOther(occurrence.description()), occurrence.at(), source);
    }

    /** A text shown under "Según …" on the element page, its sections one level below. */
    private static Fragment shownAsOther(Fragment description) {
        return Fragment.headingsFrom(4, description.document(), description.blocks());
    }

    /**
     * An element a view draws, or its element table lists, that no heading describes: a page of its
     * own all the same, with the model's or the table's text.
     *
     * @param text where {@code description} comes from
     */
    String addUndescribed(NameKey name, Optional<ModelElement> model, Optional<ElementType> type, String viewSlug,
                          String viewTitle, Fragment description, SourceLocation at, Element.Text text) {
        String key = uniqueKey(name.code().orElse(name.name()), name.name(), type, viewTitle);
        Element element = new Element(key, name.code(), name.name(), "", type, Optional.empty(), List.of(viewSlug),
                description, at, List.of(), text, List.of());
        elements.put(key, element);
        viewTitleOfKey.put(key, viewTitle);
        String identity = model.map(m -> "model:" + m.id()).or(() -> name.code().map(c -> "code:" + c))
                .orElse("name:" + name.normal());
        keyOfIdentity.putIfAbsent(identity, key);
        model.ifPresent(m -> {
            modelIdOfKey.put(key, m.id());
            modelDocumentationOfKey.put(key, m.documentation());
        });
        name.code().ifPresent(c -> keyOfCode.putIfAbsent(c, key));
        keysOfName.computeIfAbsent(name.normal(), n -> new ArrayList<>()).add(key);
        return key;
    }

    /**
     * What a view's element table says of an element a heading names: its type when nothing gave
     * one, its text when no heading describes it, and the view when it did not show it yet.
     */
    void fillFromTable(String key, Optional<ElementType> type, String viewSlug, Fragment description) {
        Element element = elements.get(key);
        if (element.type().isEmpty() && type.isPresent()) {
            element = element.withType(type.get());
        }
        if (!element.described() && DescriptionText.of(element.description()).isEmpty()
                && !DescriptionText.of(description).isEmpty()) {
            element = new Element(element.key(), element.code(), element.name(), element.slug(), element.type(),
                    element.group(), element.viewSlugs(), description, element.location(), element.otherDescriptions(),
                    Element.Text.ELEMENT_TABLE, element.properties());
        }
        elements.put(key, element.alsoIn(viewSlug, Optional.empty()));
    }

    /** The element shown by one more view, which says nothing of it. */
    void showIn(String key, String viewSlug) {
        elements.put(key, elements.get(key).alsoIn(viewSlug, Optional.empty()));
    }

    /** The element a name with its code names, by code, else by name; empty when none does. */
    Optional<String> named(NameKey name) {
        return name.code().map(keyOfCode::get)
                .or(() -> keysOfName.getOrDefault(name.normal(), List.of()).stream().findFirst());
    }

    /** Every element whose key, code or name a model file's reference is. */
    List<String> resolve(String reference) {
        if (elements.containsKey(reference)) {
            return List.of(reference);
        }
        if (keyOfCode.containsKey(reference)) {
            return List.of(keyOfCode.get(reference));
        }
        NameKey name = NameKey.of(reference);
        if (name.code().isPresent() && keyOfCode.containsKey(name.code().get())) {
            return List.of(keyOfCode.get(name.code().get()));
        }
        return List.copyOf(keysOfName.getOrDefault(name.normal(), List.of()));
    }

    Optional<String> keyOfModelElement(String modelId) {
        return Optional.ofNullable(keyOfIdentity.get("model:" + modelId));
    }

    Optional<String> modelIdOf(String key) {
        return Optional.ofNullable(modelIdOfKey.get(key));
    }

    Element element(String key) {
        return elements.get(key);
    }

    /** A group heading of a view: the group exists, even before (or without) members. */
    void group(String name) {
        groupMembers.computeIfAbsent(name, g -> new LinkedHashSet<>());
    }

    private boolean addMember(String group, String key) {
        groupsOfMember.computeIfAbsent(key, k -> new HashSet<>()).add(group);
        return groupMembers.get(group).add(key);
    }

    private void removeFromGroups(String key) {
        Set<String> groups = groupsOfMember.remove(key);
        if (groups != null) {
            groups.forEach(group -> groupMembers.get(group).remove(key));
        }
    }

    /** An element stands under a group heading in a view: each view groups its elements its own way. */
    void placeInGroup(String key, String group, String viewSlug) {
        group(group);
        groupsByView.computeIfAbsent(viewSlug, v -> new HashMap<>()).put(key, group);
        if (addMember(group, key) && elements.get(key).group().isEmpty()) {
            elements.put(key, elements.get(key).withGroup(group));
        }
    }

    /**
     * What the architecture model says of an element: its type; and, when the element is drawn on
     * the view, the Grouping it is drawn in, which replaces every group the headings gave.
     */
    void adopt(String key, ElementType type, Optional<String> grouping, boolean onView) {
        Element element = elements.get(key).withType(type);
        if (onView) {
            if (groupedByModel.add(key)) {
                removeFromGroups(key);
                element = element.withoutGroup();
            }
            if (grouping.isPresent()) {
                group(grouping.get());
                addMember(grouping.get(), key);
                element = element.group().isPresent() ? element : element.withGroup(grouping.get());
            }
        }
        elements.put(key, element);
    }

    /** The architecture model's properties of the element. */
    void setProperties(String key, List<Property> properties) {
        elements.put(key, elements.get(key).withProperties(properties));
    }

    /** Whether the architecture model gave the element its group (or none). */
    boolean groupedByModel(String key) {
        return groupedByModel.contains(key);
    }

    /** A model file's type. */
    void setType(String key, ElementType type) {
        elements.put(key, elements.get(key).withType(type));
    }

    /** A model file's group, which replaces every group the documents gave. */
    void moveToGroup(String key, String group) {
        removeFromGroups(key);
        group(group);
        addMember(group, key);
        elements.put(key, elements.get(key).withGroup(group));
    }

    /** The groups of a view, in the order its elements meet them. */
    List<String> groupsOfView(String viewSlug, List<String> keys) {
        Set<String> names = new LinkedHashSet<>();
        Map<String, String> placed = groupsByView.getOrDefault(viewSlug, Map.of());
        for (String key : keys) {
            Optional.ofNullable(placed.get(key)).filter(g -> groupMembers.getOrDefault(g, Set.of()).contains(key))
                    .or(() -> elements.get(key).group())
                    .ifPresent(names::add);
        }
        return List.copyOf(names);
    }

    /** The elements in reading order, each with its page name (see {@link ElementSlugs}). */
    List<Element> elements() {
        Map<String, String> slugs = ElementSlugs.of(List.copyOf(elements.values()),
                element -> viewTitleOfKey.get(element.key()));
        return elements.values().stream().map(element -> element.withSlug(slugs.get(element.key()))).toList();
    }

    List<String> keys() {
        return List.copyOf(elements.keySet());
    }

    /** Groups in the order they are met, without the empty ones; their members in reading order. */
    List<Group> groups() {
        Map<String, Integer> readingOrder = new HashMap<>();
        for (String key : elements.keySet()) {
            readingOrder.put(key, readingOrder.size());
        }
        Slugs groupSlugs = new Slugs();
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, Set<String>> group : groupMembers.entrySet()) {
            List<String> members = group.getValue().stream().sorted(Comparator.comparing(readingOrder::get)).toList();
            groups.add(new Group(group.getKey(), groupSlugs.unique(group.getKey()), members));
        }
        return groups;
    }

    /** Code or name; a name another element has is followed by the element's type, else its view. */
    private String uniqueKey(String preferred, String name, Optional<ElementType> type, String viewTitle) {
        List<String> candidates = new ArrayList<>(List.of(preferred));
        type.ifPresent(t -> candidates.add(name + " (" + t.label() + ")"));
        candidates.add(name + " (" + viewTitle + ")");
        for (String candidate : candidates) {
            if (!elements.containsKey(candidate)) {
                return candidate;
            }
        }
        int n = 2;
        while (elements.containsKey(name + " (" + n + ")")) {
            n++;
        }
        return name + " (" + n + ")";
    }
}
