package io.github.bmmsite.parse;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.bmmsite.diagnostic.Diagnostics;
import io.github.bmmsite.diagnostic.NestingLimit;
import io.github.bmmsite.diagnostic.Problem;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.source.SourceDocument;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one Markdown parser of a bake: CommonMark plus the pandoc syntax the export writes (pipe
 * tables, attributes, crossrefs). Built once; flexmark parsers are safe to share between threads.
 */
public final class MarkdownParser {

    private final Parser parser;

    public MarkdownParser() {
        this.parser = Parser.builder(options())
                .customInlineParserFactory(LinearInlineParser::new)
                // flexmark reads reference definitions ([r]: url) by itself only with its own inline parser.
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
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
        OptionalInt tooDeep = NestingGuard.firstTooDeep(document.markdown());
        if (tooDeep.isPresent()) {
            diagnostics.report(Problem.NESTING_TOO_DEEP, SourceLocation.of(document.file().displayPath(),
                    tooDeep.getAsInt()), "quotes or lists are nested more than " + NestingLimit.MAX_DEPTH
                    + " levels deep here; no document needs that many, so the file is not read");
            return Optional.empty();
        }
        return Optional.of(new ParsedDocument(document, parser.parse(document.markdown())));
    }
}
