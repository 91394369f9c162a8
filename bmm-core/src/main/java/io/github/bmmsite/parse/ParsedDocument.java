package io.github.bmmsite.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.bmmsite.diagnostic.SourceLocation;
import io.github.bmmsite.source.SourceDocument;

/**
 * A document and its Markdown syntax tree. The tree is only read after parsing: every later
 * stage treats it as immutable.
 */
public final class ParsedDocument {

    private final SourceDocument source;
    private final Document ast;
    private final LineIndex lines;
    private final LineMap authorLines;

    public ParsedDocument(SourceDocument source, Document ast) {
        this(source, ast, LineMap.IDENTITY);
    }

    /** @param authorLines the author's line of each line of the parsed text, when a repair joined lines */
    ParsedDocument(SourceDocument source, Document ast, LineMap authorLines) {
        this.source = source;
        this.ast = ast;
        this.lines = LineIndex.of(ast.getChars());
        this.authorLines = authorLines;
    }

    public SourceDocument source() {
        return source;
    }

    public Document ast() {
        return ast;
    }

    /** Where a node starts, as the author's 1-based line. */
    public SourceLocation locationOf(Node node) {
        return SourceLocation.of(source.file().displayPath(),
                authorLines.authorLine(lines.lineOf(node.getStartOffset())) + 1);
    }
}
