package io.github.bmmsite.model;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.parse.PandocAttributes;
import io.github.bmmsite.parse.PandocNodes;
import io.github.bmmsite.parse.ParsedDocument;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an exported document holds: its views, each with its heading, its introduction (with the
 * view's figure) and the groups, elements and element table under it; and the document's own
 * text, everything outside its views (a compilation's title, table of contents, prose chapters).
 *
 * <p>A view figure is an image with a {@code fig:} id alone in its paragraph. A view's heading is,
 * for each view figure, the outermost heading of level 1 to 3 whose section holds that figure and
 * no other (the innermost one marked {@code (view)} when there is one); every heading of level 1 to
 * 3 marked {@code (view)} is a view's heading too. A figure with no such heading above it starts its
 * view at the top of the document. A view runs to the next heading of its level or higher, or to
 * the next view. A document with neither figure nor marked heading is one view, as exports without
 * figures are.
 *
 * @param title the first H1 outside the views: the document's own title, not part of its own text
 * @param ownText the blocks outside every view, print-only blocks left out
 */
public record DocumentStructure(ParsedDocument document, Optional<Heading> title, List<Node> ownText,
                                List<ViewSection> views) {

    private static final String FIGURE_PREFIX = "fig:";
    private static final Set<String> ELEMENT_TABLE_TITLES = Set.of("elementos del modelo", "model elements");

    public DocumentStructure {
        ownText = List.copyOf(ownText);
        views = List.copyOf(views);
    }

    /** What a heading under a view's figure stands for. */
    public enum Kind { GROUP, ELEMENT, ELEMENT_TABLE }

    /**
     * A group, element or element-table heading of a view and the blocks under it; an element's
     * blocks include the sections below it ({@code ### Ficha} and its table); what is written under
     * a group's heading is part of the view's introduction.
     *
     * @param text the heading's text as written
     */
    public record Entry(Kind kind, Heading heading, String text, List<Node> body) {
        public Entry {
            body = List.copyOf(body);
        }
    }

    /**
     * A heading at the level of the elements that names no element: part of what precedes it.
     *
     * @param of the heading of the element or table it became a section of; empty when it joined
     *     the view's introduction
     */
    public record Section(Heading heading, String text, Optional<Heading> of) {
    }

    /**
     * One view of the document.
     *
     * @param heading the view's heading; empty for a view that starts at the top of the document
     * @param figure the paragraph of the view's figure, if it has one
     * @param introduction the blocks before its first group or element, figure included
     * @param sections headings at the level of the elements that name none, in document order
     */
    public record ViewSection(Optional<Heading> heading, Optional<Paragraph> figure, List<Node> introduction,
                              List<Entry> entries, List<Section> sections) {
        public ViewSection {
            introduction = List.copyOf(introduction);
            entries = List.copyOf(entries);
            sections = List.copyOf(sections);
        }

        /** The figure's id, {@code fig:id-…}. */
        public Optional<String> figureId() {
            return figure.flatMap(DocumentStructure::figureId);
        }

        /** The id of the model's view, the figure id without {@code fig:}. */
        public Optional<String> viewId() {
            return figureId().map(id -> id.substring(FIGURE_PREFIX.length()));
        }

        /** The figure's image. */
        public Optional<Image> figureImage() {
            return figure.flatMap(PandocNodes::figureImage);
        }
    }

    /**
     * @param names what the architecture model names; empty without one
     */
    public static DocumentStructure of(ParsedDocument document, Optional<ModelNames> names) {
        return new Reader(document, names).read();
    }

    static boolean isViewMarked(Heading heading) {
        return PandocNodes.endsWithViewMark(PandocNodes.plainText(heading));
    }

    private static Optional<String> figureId(Node block) {
        return PandocNodes.figureImage(block).flatMap(PandocNodes::attributesOf).flatMap(PandocAttributes::id)
                .filter(id -> id.startsWith(FIGURE_PREFIX));
    }

    /** The reading of one document. */
    private static final class Reader {
        private final ParsedDocument document;
        private final Optional<ModelNames> names;
        private final List<Node> blocks = new ArrayList<>();
        /** For each block, the level of the heading it is, 0 for any other block. */
        private final int[] levels;
        private final int[] sectionEnds;

        Reader(ParsedDocument document, Optional<ModelNames> names) {
            this.document = document;
            this.names = names;
            for (Node block : document.ast().getChildren()) {
                if (!PandocNodes.isPrintOnly(block)) {
                    blocks.add(block);
                }
            }
            levels = new int[blocks.size()];
            for (int i = 0; i < blocks.size(); i++) {
                levels[i] = blocks.get(i) instanceof Heading heading ? heading.getLevel() : 0;
            }
            sectionEnds = sectionEnds(levels);
        }

        /** Where each heading's section ends (the next heading of its level or higher), in one pass. */
        private static int[] sectionEnds(int[] levels) {
            int[] ends = new int[levels.length];
            Deque<Integer> open = new ArrayDeque<>();
            for (int i = 0; i < levels.length; i++) {
                if (levels[i] == 0) {
                    continue;
                }
                while (!open.isEmpty() && levels[open.peek()] >= levels[i]) {
                    ends[open.pop()] = i;
                }
                open.push(i);
            }
            open.forEach(heading -> ends[heading] = levels.length);
            return ends;
        }

        DocumentStructure read() {
            List<Integer> starts = viewStarts();
            List<Layout> layouts = new ArrayList<>();
            boolean[] inView = new boolean[blocks.size()];
            for (int v = 0; v < starts.size(); v++) {
                int start = starts.get(v);
                Layout layout = layout(start, end(start, v + 1 < starts.size() ? starts.get(v + 1) : blocks.size()));
                for (int i = Math.max(start, 0); i < layout.end(); i++) {
                    inView[i] = true;
                }
                layouts.add(layout);
            }
            Set<String> sectionTexts = names.isPresent() ? Set.of() : repeatedSectionTexts(layouts);
            List<ViewSection> views = layouts.stream().map(layout -> view(layout, sectionTexts)).toList();
            Optional<Heading> title = Optional.empty();
            List<Node> ownText = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                if (inView[i]) {
                    continue;
                }
                if (title.isEmpty() && levels[i] == 1) {
                    title = Optional.of((Heading) blocks.get(i));
                } else {
                    ownText.add(blocks.get(i));
                }
            }
            return new DocumentStructure(document, title, ownText, views);
        }

        /**
         * Where a view's parts are.
         *
         * @param start its heading, or -1 from the top of the document
         * @param figure its figure's block, or -1
         * @param firstEntry its first group or element heading (its end when it has none)
         * @param elementLevel the level of its elements; headings above it are groups
         * @param headings the headings at the level of its elements or above, from {@code firstEntry} on
         */
        private record Layout(int start, int end, int figure, int firstEntry, int elementLevel,
                              List<Integer> headings) {
        }

        /** Where each view starts: a heading's index, or -1 for a view from the top of the document. */
        private List<Integer> viewStarts() {
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                if (figureId(blocks.get(i)).isPresent()) {
                    found.add(i);
                }
            }
            int[] figures = found.stream().mapToInt(Integer::intValue).toArray();
            TreeSet<Integer> starts = new TreeSet<>();
            // The headings of level 1 to 3 whose section holds the current block, by level.
            int[] open = {-1, -1, -1, -1};
            int next = 0;
            for (int i = 0; i < blocks.size(); i++) {
                if (levels[i] > 0) {
                    for (int level = levels[i]; level <= 3; level++) {
                        open[level] = -1;
                    }
                    if (levels[i] <= 3) {
                        open[levels[i]] = i;
                        if (isViewMarked((Heading) blocks.get(i))) {
                            starts.add(i);
                        }
                    }
                } else if (next < figures.length && figures[next] == i) {
                    List<Integer> ancestors = new ArrayList<>();
                    for (int level = 1; level <= 3; level++) {
                        if (open[level] >= 0) {
                            ancestors.add(open[level]);
                        }
                    }
                    viewHeading(i, ancestors, figures).ifPresent(starts::add);
                    next++;
                }
            }
            if (starts.isEmpty() && hasHeadings()) {
                starts.add(titleHeading());
            }
            return new ArrayList<>(starts);
        }

        /**
         * The heading whose view a figure is: among the headings of level 1 to 3 whose section holds
         * it ({@code ancestors}, outermost first), the innermost marked {@code (view)}, else the
         * outermost that holds no other figure, else -1 (the top of the document) when no heading is
         * above it. Empty when its innermost section holds another figure before it: then it is a
         * figure of that figure's view.
         */
        private Optional<Integer> viewHeading(int figure, List<Integer> ancestors, int[] figures) {
            if (ancestors.isEmpty()) {
                return figure == figures[0] ? Optional.of(-1) : Optional.empty();
            }
            for (int a = ancestors.size() - 1; a >= 0; a--) {
                if (isViewMarked((Heading) blocks.get(ancestors.get(a)))) {
                    return Optional.of(ancestors.get(a));
                }
            }
            for (int heading : ancestors) {
                if (figuresBetween(figures, heading, sectionEnds[heading]) == 1) {
                    return Optional.of(heading);
                }
            }
            int innermost = ancestors.get(ancestors.size() - 1);
            return figuresBetween(figures, innermost, figure) > 0 ? Optional.empty() : Optional.of(innermost);
        }

        /** How many figures there are strictly between two blocks. */
        private static int figuresBetween(int[] figures, int after, int before) {
            return insertionPoint(figures, before) - insertionPoint(figures, after + 1);
        }

        private static int insertionPoint(int[] sorted, int value) {
            int found = Arrays.binarySearch(sorted, value);
            return found >= 0 ? found : -found - 1;
        }

        private boolean hasHeadings() {
            for (int level : levels) {
                if (level > 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The title of a document without figures: its first heading, when it is an H1 or H2 and the
         * next heading is deeper (or there is none); else -1, a view from the top whose title is in
         * the metadata.
         */
        private int titleHeading() {
            int first = -1;
            for (int i = 0; i < blocks.size(); i++) {
                if (levels[i] == 0) {
                    continue;
                }
                if (first < 0) {
                    if (levels[i] > 2) {
                        return -1;
                    }
                    first = i;
                } else {
                    return levels[i] > levels[first] ? first : -1;
                }
            }
            return first;
        }

        /** A view's end: the next heading of its level or higher, or the next view, whichever is first. */
        private int end(int start, int nextView) {
            return start < 0 ? nextView : Math.min(sectionEnds[start], nextView);
        }

        private Layout layout(int start, int end) {
            int viewLevel = start < 0 ? 0 : levels[start];
            int figure = -1;
            for (int i = start + 1; i < end && figure < 0; i++) {
                if (figureId(blocks.get(i)).isPresent()) {
                    figure = i;
                }
            }
            int firstEntry = end;
            for (int i = Math.max(figure, start) + 1; i < end; i++) {
                if (levels[i] > viewLevel) {
                    firstEntry = i;
                    break;
                }
            }
            int elementLevel = firstEntry < end ? levels[firstEntry] : 0;
            // Headings with nothing under them but deeper headings group those: the elements are at
            // the level of the first heading with text of its own (### under ## groups).
            for (int i = firstEntry; i < end; i++) {
                if (levels[i] > 0 && i + 1 < end && levels[i + 1] == 0) {
                    elementLevel = levels[i];
                    break;
                }
            }
            List<Integer> headings = new ArrayList<>();
            for (int i = firstEntry; i < end; i++) {
                if (levels[i] > 0 && levels[i] <= elementLevel) {
                    headings.add(i);
                }
            }
            return new Layout(start, end, figure, firstEntry, elementLevel, List.copyOf(headings));
        }

        private ViewSection view(Layout layout, Set<String> sectionTexts) {
            int start = layout.start();
            int end = layout.end();
            List<Integer> headings = layout.headings();
            Optional<Paragraph> figureBlock = layout.figure() < 0 ? Optional.empty()
                    : Optional.of((Paragraph) blocks.get(layout.figure()));
            Optional<String> viewId = figureBlock.flatMap(DocumentStructure::figureId)
                    .map(id -> id.substring(FIGURE_PREFIX.length()));
            List<Node> introduction = new ArrayList<>(blocks.subList(start + 1, layout.firstEntry()));
            List<Entry> entries = new ArrayList<>();
            List<Section> sections = new ArrayList<>();
            // The entry being read: sections below it grow its body until the next entry.
            Kind kindOfLast = null;
            int lastAt = -1;
            List<Node> lastBody = new ArrayList<>();
            for (int h = 0; h < headings.size(); h++) {
                int at = headings.get(h);
                int bodyEnd = h + 1 < headings.size() ? headings.get(h + 1) : end;
                Heading heading = (Heading) blocks.get(at);
                String text = PandocNodes.plainText(heading).strip();
                List<Node> body = blocks.subList(at + 1, bodyEnd);
                Optional<Kind> kind = levels[at] < layout.elementLevel() ? Optional.of(Kind.GROUP)
                        : kind(text, body, h + 1 < headings.size(), viewId, sectionTexts);
                if (kind.isPresent()) {
                    if (kindOfLast != null) {
                        entries.add(entry(kindOfLast, lastAt, lastBody));
                    }
                    kindOfLast = kind.get();
                    lastAt = at;
                    if (kind.get() == Kind.GROUP) {
                        // A group's page lists its elements; what is written under its heading is the view's.
                        introduction.addAll(body);
                        lastBody = new ArrayList<>();
                    } else {
                        lastBody = new ArrayList<>(body);
                    }
                } else if (kindOfLast == null || kindOfLast == Kind.GROUP) {
                    introduction.addAll(blocks.subList(at, bodyEnd));
                    sections.add(new Section(heading, text, Optional.empty()));
                } else {
                    lastBody.addAll(blocks.subList(at, bodyEnd));
                    sections.add(new Section(heading, text, Optional.of((Heading) blocks.get(lastAt))));
                }
            }
            if (kindOfLast != null) {
                entries.add(entry(kindOfLast, lastAt, lastBody));
            }
            Optional<Heading> viewHeading = start < 0 ? Optional.empty() : Optional.of((Heading) blocks.get(start));
            return new ViewSection(viewHeading, figureBlock, introduction, entries, sections);
        }

        private Entry entry(Kind kind, int at, List<Node> body) {
            Heading heading = (Heading) blocks.get(at);
            return new Entry(kind, heading, PandocNodes.plainText(heading).strip(), body);
        }

        /** What a heading at the level of the elements is; empty for a section of what precedes it. */
        private Optional<Kind> kind(String text, List<Node> body, boolean followed, Optional<String> viewId,
                                    Set<String> sectionTexts) {
            String normal = NameKey.normal(text);
            if (ELEMENT_TABLE_TITLES.contains(normal)) {
                return Optional.of(Kind.ELEMENT_TABLE);
            }
            boolean group = body.isEmpty() && followed;
            if (names.isEmpty()) {
                return group ? Optional.of(Kind.GROUP)
                        : sectionTexts.contains(normal) ? Optional.empty() : Optional.of(Kind.ELEMENT);
            }
            ModelNames.Naming naming = names.get().naming(text, viewId);
            if (naming == ModelNames.Naming.GROUPING) {
                return Optional.of(Kind.GROUP);
            }
            if (naming == ModelNames.Naming.ELEMENT || NameKey.of(text).code().isPresent()) {
                return Optional.of(Kind.ELEMENT);
            }
            return group ? Optional.of(Kind.GROUP) : Optional.empty();
        }

        /**
         * Without a model: heading texts that repeat under several elements ({@code ### Ficha} after
         * each element, each with its own table) are sections, never elements. An element drawn twice
         * on a view is exported twice with the same text, so a text repeated with one body is not.
         */
        private Set<String> repeatedSectionTexts(List<Layout> layouts) {
            Map<String, Set<String>> bodies = new HashMap<>();
            Map<String, Integer> count = new HashMap<>();
            Set<String> notUnderAnElement = new HashSet<>();
            for (Layout layout : layouts) {
                List<Integer> headings = layout.headings();
                for (int h = 0; h < headings.size(); h++) {
                    int at = headings.get(h);
                    int bodyEnd = h + 1 < headings.size() ? headings.get(h + 1) : layout.end();
                    String normal = NameKey.normal(PandocNodes.plainText(blocks.get(at)));
                    count.merge(normal, 1, Integer::sum);
                    bodies.computeIfAbsent(normal, n -> new HashSet<>()).add(bodyText(at + 1, bodyEnd));
                    boolean underAnElement = h > 0 && headings.get(h - 1) + 1 < at;
                    if (!underAnElement) {
                        notUnderAnElement.add(normal);
                    }
                }
            }
            Set<String> texts = new HashSet<>();
            count.forEach((text, n) -> {
                if (n > 1 && bodies.get(text).size() > 1 && !notUnderAnElement.contains(text)) {
                    texts.add(text);
                }
            });
            return texts;
        }

        private String bodyText(int from, int to) {
            StringBuilder text = new StringBuilder();
            for (Node block : blocks.subList(from, to)) {
                text.append(block.getChars()).append('\n');
            }
            return DescriptionText.SPACES.matcher(text).replaceAll(" ").strip();
        }
    }
}
