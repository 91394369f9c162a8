package io.github.bmmsite.model;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.archimate.ArchimateModel;
import io.github.bmmsite.archimate.ArchimateView;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.notation.ElementType;
import io.github.bmmsite.parse.MarkdownParser;
import io.github.bmmsite.parse.PandocAttributes;
import io.github.bmmsite.parse.PandocNodes;
import io.github.bmmsite.parse.ParsedDocument;
import io.github.bmmsite.source.Metadata;
import io.github.bmmsite.source.ModelFile;
import io.github.bmmsite.source.Placeholders;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the site model from the parsed documents, the architecture model and the model files:
 * the structure of each document (its views and its own text), one view per view id whatever
 * number of documents show it, the elements and groups of their headings (see {@link ElementCatalog}),
 * then types, groups and relations from the models, then figure numbers.
 */
public final class ModelAssembler {

    /** The number the export writes before a figure's caption: {@code 06.3a.}, {@code 04.1.}, {@code 06.BMM.}. */
    private static final Pattern CAPTION_NUMBER = Pattern.compile("(\\d[\\p{L}\\d]*(?:\\.[\\p{L}\\d]+)*)\\.?\\s+(\\S.*)");
    private static final String FIGURE_PREFIX = "fig:";
    /** YAML's words for true, and for false or nothing (YAML 1.1 and 1.2), in lower case. */
    private static final Set<String> YAML_TRUE = Set.of("true", "yes", "on");
    private static final Set<String> YAML_FALSE = Set.of("false", "no", "off", "null", "~");

    private final Diagnostics diagnostics;
    private final Placeholders placeholders;
    private final MarkdownParser textParser = new MarkdownParser();

    public ModelAssembler(Diagnostics diagnostics, Placeholders placeholders) {
        this.diagnostics = diagnostics;
        this.placeholders = placeholders;
    }

    public SiteModel assemble(List<ParsedDocument> documents, List<ModelFile> modelFiles) {
        return assemble(documents, modelFiles, Optional.empty());
    }

    /**
     * @param architecture the architecture model ({@code bmm.model}): when present, it tells
     *     elements from sections, and types, groups and relations come from it first; model files
     *     add to it, and contradicting it is an error
     */
    public SiteModel assemble(List<ParsedDocument> documents, List<ModelFile> modelFiles,
                              Optional<ArchimateModel> architecture) {
        return assemble(documents, modelFiles, architecture, ArchitectureOptions.DEFAULT);
    }

    /** @param options which views of the architecture model get pages, and which of its properties are hidden */
    public SiteModel assemble(List<ParsedDocument> documents, List<ModelFile> modelFiles,
                              Optional<ArchimateModel> architecture, ArchitectureOptions options) {
        Optional<ArchitectureMapping> mapping = architecture.map(model -> new ArchitectureMapping(diagnostics,
                placeholders, model, options, at -> text -> parsedText(text, at)));
        List<DocumentStructure> structures = documents.stream()
                .map(document -> DocumentStructure.of(document, mapping.map(ModelNames.class::cast))).toList();
        Map<ParsedDocument, DocumentNames> documentNames = documentNames(structures);
        List<ViewVersions.SharedView> shared = ViewVersions.of(structures, diagnostics);
        Set<String> exportedIds = shared.stream().flatMap(view -> view.shown().section().viewId().stream())
                .collect(Collectors.toSet());
        List<ArchimateView> modelOnly = mapping.map(m -> m.viewsNoDocumentExports(exportedIds)).orElse(List.of());
        List<String> titles = new ArrayList<>(shared.stream().map(view -> viewTitle(view.shown())).toList());
        modelOnly.forEach(view -> titles.add(filled(ArchitectureMapping.title(view), view.location())));
        ElementCatalog catalog = new ElementCatalog(diagnostics);
        Placements placements = new Placements();
        Slugs viewSlugs = new Slugs();
        List<View> views = new ArrayList<>();
        for (int v = 0; v < shared.size(); v++) {
            String label = label(shared.get(v), titles.get(v), titles, documentNames);
            views.add(new ViewReader(catalog, placements, mapping, documentNames, shared.get(v), titles.get(v), label,
                    viewSlugs.unique(label)).read());
        }
        for (int v = 0; v < modelOnly.size(); v++) {
            String title = titles.get(shared.size() + v);
            String label = modelOnlyLabel(modelOnly.get(v), title, titles);
            views.add(modelOnlyView(mapping.orElseThrow(), catalog, modelOnly.get(v), title, label,
                    viewSlugs.unique(label)));
        }
        List<Relation> relations = new ModelFileRules(diagnostics, catalog, mapping)
                .apply(modelFiles, mapping.map(m -> m.relations(catalog)).orElse(List.of()));
        List<View> grouped = views.stream().map(view -> view.onlyInModel() ? view
                : view.with(catalog.groupsOfView(view.slug(), view.elementKeys()), view.elementKeys())).toList();
        List<ExportedDocument> exported = exportedDocuments(structures, documentNames, views, placements);
        Figures figures = figures(documents, shared, views);
        List<Element> elements = catalog.elements();
        SiteModel model = new SiteModel(exported, grouped, catalog.groups(), elements, withPages(relations, elements),
                figures.numbered(), figures.byDocument(), placements);
        return mapping.map(m -> model.withDiagrams(m.diagrams(catalog))).orElse(model);
    }

    /**
     * A view of the architecture model that no document exports: its text is the model's
     * documentation, its elements those it draws, listed by the box they are drawn in.
     */
    private View modelOnlyView(ArchitectureMapping mapping, ElementCatalog catalog, ArchimateView view, String title,
                               String label, String slug) {
        Fragment documentation = mapping.documentation(view);
        Set<String> keys = new LinkedHashSet<>();
        ModelView inModel = mapping.readModelOnly(catalog, slug, title, view, documentation.document(), keys);
        ViewVersion version = new ViewVersion("", documentation.document(), documentation, Optional.empty(),
                Optional.empty(), Optional.empty(), view.location());
        List<String> groups = inModel.sections().stream().flatMap(section -> section.group().stream()).toList();
        return new View(slug, title, label, Optional.of(view.id()), version, List.of(), List.of(), groups,
                List.copyOf(keys), Optional.of(inModel));
    }

    /**
     * The title of a view no document exports as lists show it: when another view has the same
     * title, followed by its name in the model, else by its folders.
     */
    private static String modelOnlyLabel(ArchimateView view, String title, List<String> titles) {
        if (titles.stream().filter(title::equals).count() < 2) {
            return title;
        }
        return Optional.of(view.name()).filter(name -> !name.equals(title))
                .or(() -> Optional.of(String.join(" / ", view.folders())).filter(folders -> !folders.isEmpty()))
                .map(apart -> title + " (" + apart + ")").orElse(title);
    }

    /**
     * A page for each relation the architecture model documents or gives properties, named after its
     * ends and verb ({@code oeti03-influye-en-o7}).
     */
    private static List<Relation> withPages(List<Relation> relations, List<Element> elements) {
        Map<String, String> slugOfKey = elements.stream().collect(Collectors.toMap(Element::key, Element::slug));
        Slugs relationSlugs = new Slugs();
        return relations.stream().map(relation -> !relation.details().hasNotes() ? relation
                : relation.withDetails(relation.details().withSlug(relationSlugs.unique(slugOfKey.get(relation.sourceKey())
                        + " " + relation.type().verb() + " " + slugOfKey.get(relation.targetKey()))))).toList();
    }

    /** The page name of a document: its slug and title. */
    private record DocumentNames(String slug, String title) {
    }

    /**
     * A document's title: its first H1 outside views, else its metadata {@code title}, else its
     * file name. Documents that hold nothing but metadata have no page.
     */
    private Map<ParsedDocument, DocumentNames> documentNames(List<DocumentStructure> structures) {
        Map<ParsedDocument, DocumentNames> names = new IdentityHashMap<>();
        Slugs slugs = new Slugs();
        for (DocumentStructure structure : structures) {
            ParsedDocument document = structure.document();
            String title = structure.title()
                    .map(heading -> filled(PandocNodes.plainText(heading).strip(), document.locationOf(heading)))
                    .filter(t -> !onlyPendingPlaceholders(t))
                    .or(() -> metadataTitle(document))
                    .orElseGet(() -> fileTitle(document));
            names.put(document, new DocumentNames(slugs.unique(title), title));
        }
        return names;
    }

    private Optional<String> metadataTitle(ParsedDocument document) {
        return document.source().metadata().text("title")
                .map(t -> filled(PandocNodes.withoutViewMark(t), SourceLocation.of(
                        document.source().file().displayPath(), document.source().metadata().line("title"))))
                .filter(t -> !onlyPendingPlaceholders(t));
    }

    /**
     * A view's title: its heading without the export's {@code (view)} mark; for a view without
     * heading, its document's metadata title, else its figure's caption without its number, else
     * the file name. A title of placeholders without value names nothing: the next one is taken.
     */
    private String viewTitle(ViewVersions.Occurrence occurrence) {
        ParsedDocument document = occurrence.document();
        Optional<String> fromHeading = occurrence.section().heading()
                .map(heading -> filled(PandocNodes.withoutViewMark(PandocNodes.plainText(heading)),
                        document.locationOf(heading)))
                .filter(t -> !t.isBlank() && !onlyPendingPlaceholders(t));
        return fromHeading
                .or(() -> metadataTitle(document))
                .or(() -> occurrence.section().figureImage().map(this::captionTitle).filter(t -> !t.isBlank()))
                .orElseGet(() -> fileTitle(document));
    }

    /** A caption's first sentence, without the export's number: "06.3a. Aplicaciones. Fuente: …" gives "Aplicaciones". */
    private String captionTitle(Image image) {
        String caption = placeholders.fill(PandocNodes.plainText(image).strip(), name -> "$" + name);
        Matcher numbered = CAPTION_NUMBER.matcher(caption);
        String words = numbered.matches() ? numbered.group(2) : caption;
        int sentence = words.indexOf(". ");
        return (sentence > 0 ? words.substring(0, sentence) : words).replaceAll("\\.$", "").strip();
    }

    /**
     * The title as lists show it: when another view has the same title, followed by the number of
     * its figure's caption ("06.3a"), else by its document's title.
     */
    private String label(ViewVersions.SharedView view, String title, List<String> titles,
                         Map<ParsedDocument, DocumentNames> documentNames) {
        if (titles.stream().filter(title::equals).count() < 2) {
            return title;
        }
        String number = view.shown().section().figureImage()
                .map(image -> CAPTION_NUMBER.matcher(PandocNodes.plainText(image).strip()))
                .filter(Matcher::matches).map(m -> m.group(1))
                .orElseGet(() -> documentNames.get(view.shown().document()).title());
        return title + " (" + number + ")";
    }

    /** Reads one view: its versions' headings into elements and groups, and where each block is shown. */
    private final class ViewReader {
        private final ElementCatalog catalog;
        private final Placements placements;
        private final Optional<ArchitectureMapping> mapping;
        private final Map<ParsedDocument, DocumentNames> documentNames;
        private final ViewVersions.SharedView shared;
        private final String title;
        private final String label;
        private final String slug;
        /** The view's elements, in the order it shows them. */
        private final Set<String> keys = new LinkedHashSet<>();

        ViewReader(ElementCatalog catalog, Placements placements, Optional<ArchitectureMapping> mapping,
                   Map<ParsedDocument, DocumentNames> documentNames, ViewVersions.SharedView shared, String title,
                   String label, String slug) {
            this.catalog = catalog;
            this.placements = placements;
            this.mapping = mapping;
            this.documentNames = documentNames;
            this.shared = shared;
            this.title = title;
            this.label = label;
            this.slug = slug;
        }

        View read() {
            for (ViewVersions.Occurrence occurrence : shared.inReadingOrderShownFirst()) {
                int differing = shared.positionAmongDiffering(occurrence);
                read(occurrence, occurrence != shared.shown(), differing < 0 ? "" : "version-" + (differing + 1) + "-");
            }
            ViewVersions.Occurrence shown = shared.shown();
            mapping.ifPresent(m -> m.complete(catalog, slug, title, shown.document(), shown.section().viewId(),
                    shown.section().figure().map(f -> shown.document().locationOf(f)), shown.location(), keys));
            if (mapping.isEmpty()) {
                for (ViewVersions.Occurrence occurrence : shared.inReadingOrderShownFirst()) {
                    fillFromTables(occurrence);
                }
            }
            List<String> documentSlugs = shared.all().stream().map(o -> documentNames.get(o.document()).slug())
                    .distinct().toList();
            return new View(slug, title, label, shown.section().viewId(), version(shown),
                    shared.differing().stream().map(this::version).toList(), documentSlugs, List.of(),
                    List.copyOf(keys), mapping.flatMap(m -> m.modelView(shown.section().viewId())));
        }

        private ViewVersion version(ViewVersions.Occurrence occurrence) {
            ParsedDocument document = occurrence.document();
            Optional<Fragment> table = occurrence.section().entries().stream()
                    .filter(entry -> entry.kind() == DocumentStructure.Kind.ELEMENT_TABLE).findFirst()
                    .map(entry -> {
                        List<Node> blocks = new ArrayList<>(List.of(entry.heading()));
                        blocks.addAll(entry.body());
                        return Fragment.headingsFrom(2, document, blocks);
                    });
            return new ViewVersion(documentNames.get(document).slug(), document,
                    Fragment.headingsFrom(2, document, occurrence.section().introduction()),
                    occurrence.section().figure(), table, draftNote(document.source().metadata()),
                    occurrence.location());
        }

        private void read(ViewVersions.Occurrence occurrence, boolean otherVersion, String anchorPrefix) {
            ParsedDocument document = occurrence.document();
            DocumentStructure.ViewSection section = occurrence.section();
            section.heading().ifPresent(heading -> placements.heading(heading, Placements.Page.VIEW, slug));
            placements.blocks(section.introduction(), Placements.Page.VIEW, slug, anchorPrefix);
            List<ElementTable.Row> tableRows = tableRows(occurrence);
            String group = null;
            for (DocumentStructure.Entry entry : section.entries()) {
                SourceLocation at = document.locationOf(entry.heading());
                switch (entry.kind()) {
                    case GROUP -> {
                        group = filled(entry.text(), at);
                        catalog.group(group);
                        placements.heading(entry.heading(), Placements.Page.GROUP, group);
                    }
                    case ELEMENT_TABLE -> {
                        placements.blocks(List.of(entry.heading()), Placements.Page.VIEW, slug, anchorPrefix);
                        placements.blocks(entry.body(), Placements.Page.VIEW, slug, anchorPrefix);
                    }
                    case ELEMENT -> element(occurrence, entry, at, group, otherVersion, tableRows);
                }
            }
            if (mapping.isPresent()) {
                // A heading written under several elements (a card's "Ficha") is a section by design; one
                // written once may be an element's name misspelt, which the author may want to know.
                Map<String, Long> written = occurrence.structure().views().stream()
                        .flatMap(view -> view.sections().stream())
                        .collect(Collectors.groupingBy(part -> NameKey.normal(part.text()), Collectors.counting()));
                for (DocumentStructure.Section part : section.sections()) {
                    if (written.get(NameKey.normal(part.text())) > 1) {
                        continue;
                    }
                    diagnostics.report(Problem.HEADING_IS_SECTION, document.locationOf(part.heading()), "'" + part.text()
                            + "' names no element of the architecture model and has no code, so it is shown as a"
                            + " section of " + part.of().map(h -> "'" + PandocNodes.plainText(h).strip() + "'")
                            .orElse("the view's introduction"));
                }
            }
        }

        private void element(ViewVersions.Occurrence occurrence, DocumentStructure.Entry entry, SourceLocation at,
                             String group, boolean otherVersion, List<ElementTable.Row> tableRows) {
            NameKey heading = NameKey.of(filled(entry.text(), at));
            Optional<ElementType> typeInTable = tableRows.stream()
                    .filter(row -> row.name().normal().equals(heading.normal())).findFirst().flatMap(ElementTable.Row::type);
            Optional<ElementCatalog.ModelElement> model = mapping.flatMap(m ->
                    m.match(heading, occurrence.section().viewId(), typeInTable, at));
            ParsedDocument document = occurrence.document();
            Fragment description = Fragment.headingsFrom(3, document, entry.body());
            Optional<String> added = catalog.add(new ElementCatalog.Occurrence(heading, model, slug, title,
                    documentNames.get(document).slug(), description, at, otherVersion));
            if (added.isEmpty()) {
                return;
            }
            String key = added.get();
            keys.add(key);
            if (group != null) {
                catalog.placeInGroup(key, group, slug);
            }
            placements.heading(entry.heading(), Placements.Page.ELEMENT, key);
            List<Element.OtherDescription> others = catalog.element(key).otherDescriptions();
            boolean shownAsOther = !others.isEmpty() && others.get(others.size() - 1).location().equals(at);
            placements.blocks(entry.body(), Placements.Page.ELEMENT, key,
                    shownAsOther ? "descripcion-" + (others.size() + 1) + "-" : "");
        }

        private List<ElementTable.Row> tableRows(ViewVersions.Occurrence occurrence) {
            return occurrence.section().entries().stream()
                    .filter(entry -> entry.kind() == DocumentStructure.Kind.ELEMENT_TABLE)
                    .flatMap(entry -> ElementTable.rows(occurrence.document(), entry.body()).stream())
                    .toList();
        }

        /**
         * Without a model, the element table gives types to the elements the view names and texts
         * to those no heading describes; a row for an element no heading names makes it.
         */
        private void fillFromTables(ViewVersions.Occurrence occurrence) {
            for (ElementTable.Row row : tableRows(occurrence)) {
                if (row.type().filter(t -> t.name().equals("Grouping")).isPresent()) {
                    continue;
                }
                NameKey name = NameKey.of(placeholders.fill(row.name().code().map(c -> c + ": ").orElse("")
                        + row.name().name(), n -> "$" + n));
                Fragment text = parsedText(row.documentation(), row.location());
                Optional<String> existing = catalog.named(name);
                if (existing.isPresent()) {
                    catalog.fillFromTable(existing.get(), row.type(), slug, text);
                }
                keys.add(existing.orElseGet(() -> catalog.addUndescribed(name, Optional.empty(), row.type(), slug,
                        title, text, row.location(), Element.Text.ELEMENT_TABLE)));
            }
        }
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

    /** Every document that holds a view or text of its own, with its own text placed on its page. */
    private List<ExportedDocument> exportedDocuments(List<DocumentStructure> structures,
                                                     Map<ParsedDocument, DocumentNames> documentNames, List<View> views,
                                                     Placements placements) {
        List<ExportedDocument> exported = new ArrayList<>();
        for (DocumentStructure structure : structures) {
            ParsedDocument document = structure.document();
            List<String> viewSlugs = views.stream()
                    .filter(view -> view.documentSlugs().contains(documentNames.get(document).slug()))
                    .map(View::slug).toList();
            if (viewSlugs.isEmpty() && structure.ownText().isEmpty()) {
                continue;
            }
            DocumentNames names = documentNames.get(document);
            structure.title().ifPresent(heading -> placements.heading(heading, Placements.Page.DOCUMENT, names.slug()));
            placements.blocks(structure.ownText(), Placements.Page.DOCUMENT, names.slug());
            exported.add(new ExportedDocument(names.slug(), names.title(), document,
                    Fragment.headingsFrom(2, document, structure.ownText()), viewSlugs,
                    draftNote(document.source().metadata()),
                    SourceLocation.of(document.source().file().displayPath())));
        }
        return exported;
    }

    /** The figures shown, numbered in reading order, and each document's figure ids. */
    private record Figures(List<Figure> numbered, Map<Document, Map<String, Figure>> byDocument) {
    }

    /**
     * Figures are numbered across the site in reading order, as pandoc-crossref numbers them across
     * a book; the figure of a view version the page does not show takes the shown one's number. Ids
     * are the document's own: one document giving one id to two images is an error.
     */
    private Figures figures(List<ParsedDocument> documents, List<ViewVersions.SharedView> shared, List<View> views) {
        Map<Node, View> viewOfFigure = new IdentityHashMap<>();
        Set<Node> hidden = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int v = 0; v < shared.size(); v++) {
            for (ViewVersions.Occurrence occurrence : shared.get(v).all()) {
                Optional<Paragraph> figure = occurrence.section().figure();
                if (figure.isPresent()) {
                    viewOfFigure.put(figure.get(), views.get(v));
                    if (occurrence != shared.get(v).shown()) {
                        hidden.add(figure.get());
                    }
                }
            }
        }
        List<Figure> numbered = new ArrayList<>();
        Map<Document, Map<String, Figure>> byDocument = new IdentityHashMap<>();
        List<Paragraph> hiddenOnes = new ArrayList<>();
        for (ParsedDocument document : documents) {
            Map<String, Figure> local = new HashMap<>();
            Map<String, Image> firstImage = new HashMap<>();
            for (Node node : document.ast().getDescendants()) {
                Optional<Image> image = PandocNodes.figureImage(node);
                Optional<String> id = image.flatMap(PandocNodes::attributesOf).flatMap(PandocAttributes::id)
                        .filter(i -> i.startsWith(FIGURE_PREFIX));
                if (id.isEmpty()) {
                    continue;
                }
                SourceLocation at = document.locationOf(node);
                Image previous = firstImage.putIfAbsent(id.get(), image.get());
                if (previous != null) {
                    if (!previous.getUrl().equals(image.get().getUrl())) {
                        diagnostics.report(Problem.DUPLICATE_FIGURE_ID, at, "the figure id '" + id.get()
                                + "' is already used at " + document.locationOf(previous) + " for another image;"
                                + " figure ids must be unique within a document");
                    }
                    continue;
                }
                if (hidden.contains(node)) {
                    hiddenOnes.add((Paragraph) node);
                    continue;
                }
                Figure figure = new Figure(id.get(), numbered.size() + 1,
                        Optional.ofNullable(viewOfFigure.get(node)).map(View::slug), image.get(), at);
                numbered.add(figure);
                local.put(id.get(), figure);
            }
            byDocument.put(document.ast(), local);
        }
        for (Paragraph figure : hiddenOnes) {
            View view = viewOfFigure.get(figure);
            String id = view.version().figure().flatMap(PandocNodes::figureImage).flatMap(PandocNodes::attributesOf)
                    .flatMap(PandocAttributes::id).orElse("");
            Figure shown = byDocument.getOrDefault(view.document().ast(), Map.of()).get(id);
            if (shown != null) {
                byDocument.get(figure.getDocument()).putIfAbsent(id, shown);
            }
        }
        return new Figures(List.copyOf(numbered), byDocument);
    }

    private String filled(String text, SourceLocation at) {
        return placeholders.fill(text, name -> {
            diagnostics.report(Problem.UNRESOLVED_PLACEHOLDER, at,
                    "the placeholder $" + name + " has no value; set it in the plugin's <variables>");
            return "$" + name;
        });
    }

    /** A text that is nothing but placeholders without value ({@code $TITULO}) names nothing. */
    private boolean onlyPendingPlaceholders(String filled) {
        return Placeholders.PLACEHOLDER.matcher(filled).replaceAll("").isBlank()
                && Placeholders.PLACEHOLDER.matcher(filled).find();
    }

    /** A text of the model or of a table, parsed as Markdown; where it cannot be, no text. */
    private Fragment parsedText(String text, SourceLocation at) {
        ParsedDocument parsed = textParser.parseText(text, at, diagnostics)
                .orElseGet(() -> textParser.parseText("", at, diagnostics).orElseThrow());
        return Fragment.headingsFrom(3, parsed, childrenOf(parsed));
    }

    private static List<Node> childrenOf(ParsedDocument parsed) {
        List<Node> blocks = new ArrayList<>();
        parsed.ast().getChildren().forEach(blocks::add);
        return blocks;
    }

    private static String fileTitle(ParsedDocument document) {
        String name = document.source().file().path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
