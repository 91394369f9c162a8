package io.github.bmmsite.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pandoc inline syntax the export writes that CommonMark does not know: attribute sets after
 * images and headings, and pandoc-crossref citations.
 */
final class PandocInlines implements InlineParserExtension {

    private static final Pattern ATTRIBUTES = Pattern.compile("\\{([^{}\\n]*)}");

    private PandocInlines() {
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        return switch (parser.peek()) {
            case '{' -> parseAttributes(parser);
            case '[' -> parseBracketedCitation(parser);
            default -> parseBareCitation(parser);
        };
    }

    private static boolean parseAttributes(LightInlineParser parser) {
        Node block = parser.getBlock();
        boolean afterImage = parser.getCurrentText().isEmpty() && block.getLastChild() instanceof Image;
        if (!afterImage && !(block instanceof Heading) && !PandocNodes.isTableCaption(block)) {
            return false;
        }
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        Matcher matcher = ATTRIBUTES.matcher(input).region(start, input.length());
        if (!matcher.lookingAt()) {
            return false;
        }
        if (!afterImage && !input.subSequence(matcher.end(), input.length()).isBlank()) {
            return false;
        }
        Optional<PandocAttributes> attributes = PandocAttributes.parse(matcher.group(1));
        if (attributes.isEmpty()) {
            return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new AttributesNode(input.subSequence(start, matcher.end()), attributes.get()));
        parser.setIndex(matcher.end());
        return true;
    }

    private static boolean parseBracketedCitation(LightInlineParser parser) {
        return append(parser, CitationReader.list(parser.getInput(), parser.getIndex()));
    }

    private static boolean parseBareCitation(LightInlineParser parser) {
        int index = parser.getIndex();
        BasedSequence input = parser.getInput();
        if (index > 0 && Character.isLetterOrDigit(input.charAt(index - 1))) {
            return false;
        }
        return append(parser, CitationReader.single(input, index));
    }

    /**
     * Read at the parser's position only: flexmark's own {@code match} searches the rest of the
     * paragraph, which made every {@code [} cost the paragraph's length and dropped the text
     * between the position and a later citation.
     */
    private static boolean append(LightInlineParser parser, Optional<CitationReader.Citation> found) {
        if (found.isEmpty()) {
            return false;
        }
        CitationReader.Citation citation = found.get();
        parser.flushTextNode();
        parser.getBlock().appendChild(new CrossReference(parser.getInput().subSequence(parser.getIndex(),
                citation.end()), citation.kind(), citation.capitalised(), citation.ids()));
        parser.setIndex(citation.end());
        return true;
    }

    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "{[@-";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new PandocInlines();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
