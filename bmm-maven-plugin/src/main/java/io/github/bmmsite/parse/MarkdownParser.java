package io.github.bmmsite.parse;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.bmmsite.source.SourceDocument;

import java.util.List;

/**
 * The one Markdown parser of a bake: CommonMark plus the pandoc syntax the export writes (pipe
 * tables, attributes, crossrefs). Built once; flexmark parsers are safe to share between threads.
 */
public final class MarkdownParser {

    private final Parser parser;

    public MarkdownParser() {
        this.parser = Parser.builder(options()).build();
    }

    /** Options shared with the HTML renderer, so both agree on the extensions in use. */
    public static DataHolder options() {
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), PandocExtension.create()))
                .set(TablesExtension.WITH_CAPTION, false)
                .toImmutable();
    }

    public ParsedDocument parse(SourceDocument document) {
        return new ParsedDocument(document, parser.parse(document.markdown()));
    }
}
