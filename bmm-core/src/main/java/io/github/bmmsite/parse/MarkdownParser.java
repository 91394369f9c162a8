package io.github.bmmsite.parse;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.NestingLimit;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.source.Metadata;
import io.github.bmmsite.source.SourceDocument;
import io.github.bmmsite.source.TextFile;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * The one Markdown parser of a bake: CommonMark plus the pandoc syntax the export writes (pipe
 * tables, attributes, crossrefs), after repairing what the export writes for print only or
 * breaks (page breaks, table rows broken over lines, a figure glued to the text before it).
 * Built once; flexmark parsers are safe to share between threads.
 */
public final class MarkdownParser {

    private final Parser parser;
    private final Predicate<String> isViewId;

    /** A parser for documents read without an architecture model: every {@code fig:} id may be a view's. */
    public MarkdownParser() {
        this(id -> true);
    }

    /** @param isViewId whether a figure id (without {@code fig:}) is a view of the architecture model */
    public MarkdownParser(Predicate<String> isViewId) {
        this.parser = Parser.builder(options())
                .customInlineParserFactory(LinearInlineParser::new)
                // flexmark reads reference definitions ([r]: url) by itself only with its own inline parser.
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
        this.isViewId = isViewId;
    }

    /** Options shared with the HTML renderer, so both agree on the extensions in use. */
    public static DataHolder options() {
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), PandocExtension.create()))
                .set(TablesExtension.WITH_CAPTION, false)
                .toImmutable();
    }

    /** @return empty when the document cannot be parsed (reported) */
    public Optional<ParsedDocument> parse(SourceDocument document, Diagnostics diagnostics) {
        SourceLocation file = SourceLocation.of(document.file().displayPath());
        if (tooDeep(document.markdown(), file, diagnostics)) {
            return Optional.empty();
        }
        BrokenTableRows.Repaired repaired = BrokenTableRows.join(PrintDirectives.blank(document.markdown()));
        for (BrokenTableRows.Join join : repaired.joins()) {
            diagnostics.report(Problem.TABLE_ROW_JOINED, SourceLocation.of(document.file().displayPath(),
                    join.closingLine()), "this '|' closes the table row of line " + join.rowLine()
                    + ", whose last cell runs onto the next line; the row is read as one (write each row on one line)");
        }
        Optional<Document> tree = tree(repaired.markdown(), file, diagnostics);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        Document ast = tree.get();
        ParsedDocument parsed = new ParsedDocument(document, ast, repaired.lines());
        for (Image image : FigureParagraphs.lift(ast, isViewId)) {
            diagnostics.report(Problem.FIGURE_NOT_ALONE, parsed.locationOf(image), "the figure '"
                    + PandocNodes.attributesOf(image).flatMap(PandocAttributes::id).orElseThrow()
                    + "' follows a line of text with no blank line between, so Markdown reads both as one"
                    + " paragraph; it is shown as the view's figure (put a blank line before it)");
        }
        return Optional.of(parsed);
    }

    /**
     * A text that is not a document but is written in Markdown as documents are, such as an
     * element's documentation in the architecture model or in an export's table.
     *
     * @param at where the text starts: its lines are counted from there
     * @return empty when the text cannot be parsed (reported)
     */
    public Optional<ParsedDocument> parseText(String text, SourceLocation at, Diagnostics diagnostics) {
        if (tooDeep(text, at, diagnostics)) {
            return Optional.empty();
        }
        SourceDocument source = new SourceDocument(new TextFile(at.file(), at.file(), text), text, Metadata.EMPTY);
        LineMap lines = LineMap.startingAt(Math.max(at.line() - 1, 0));
        return tree(text, at, diagnostics).map(ast -> new ParsedDocument(source, ast, lines));
    }

    /** Whether quotes or lists nest too deeply to be parsed (reported at the line where they do). */
    private static boolean tooDeep(String markdown, SourceLocation at, Diagnostics diagnostics) {
        OptionalInt line = NestingGuard.firstTooDeep(markdown);
        line.ifPresent(tooDeep -> diagnostics.report(Problem.NESTING_TOO_DEEP,
                new SourceLocation(at.file(), at.line() + tooDeep - (at.line() > 0 ? 1 : 0), 0),
                "quotes or lists are nested more than " + NestingLimit.MAX_DEPTH
                        + " levels deep here; no text needs that many, so it is not read"));
        return line.isPresent();
    }

    /**
     * The syntax tree, or empty (reported) where flexmark runs out of stack: some constructs that
     * no export writes, such as a link title of a hundred thousand characters, recurse per character.
     */
    private Optional<Document> tree(String markdown, SourceLocation at, Diagnostics diagnostics) {
        try {
            return Optional.of(parser.parse(markdown));
        } catch (StackOverflowError e) {
            diagnostics.report(Problem.NESTING_TOO_DEEP, at, "the Markdown parser ran out of stack on this text"
                    + " (a construct such as a link title or address of many thousand characters, or markup"
                    + " nested that deeply); no text needs that, so it is not read");
            return Optional.empty();
        }
    }
}
