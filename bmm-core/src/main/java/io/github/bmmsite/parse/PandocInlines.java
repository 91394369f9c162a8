package io.github.bmmsite.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pandoc inline syntax the export writes that CommonMark does not know: attribute sets after
 * images and headings, and pandoc-crossref citations.
 */
final class PandocInlines implements InlineParserExtension {

    /** A crossref label: no trailing dot or colon, so "véase @fig:x." keeps its full stop. */
    private static final String LABEL = "[A-Za-z0-9_][\\w-]*(?:[:.][\\w-]+)*";
    private static final String CITE = "(-?)@([Ff]ig|[Tt]bl):(" + LABEL + ")";
    private static final Pattern BARE = Pattern.compile(CITE);
    private static final Pattern BRACKETED = Pattern.compile("\\[\\s*" + CITE + "(?:\\s*;\\s*" + CITE + ")*\\s*]");
    private static final Pattern ONE_CITE = Pattern.compile(CITE);
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
        BasedSequence[] match = parser.matchWithGroups(BRACKETED);
        if (match == null) {
            return false;
        }
        return appendCitation(parser, match[0]);
    }

    private static boolean parseBareCitation(LightInlineParser parser) {
        int index = parser.getIndex();
        BasedSequence input = parser.getInput();
        if (index > 0 && Character.isLetterOrDigit(input.charAt(index - 1))) {
            return false;
        }
        BasedSequence[] match = parser.matchWithGroups(BARE);
        if (match == null) {
            return false;
        }
        return appendCitation(parser, match[0]);
    }

    private static boolean appendCitation(LightInlineParser parser, BasedSequence whole) {
        Matcher cite = ONE_CITE.matcher(whole);
        String kind = null;
        boolean capitalised = false;
        List<String> ids = new ArrayList<>();
        while (cite.find()) {
            String prefix = cite.group(2);
            if (kind == null) {
                kind = prefix.toLowerCase(java.util.Locale.ROOT);
                capitalised = Character.isUpperCase(prefix.charAt(0));
            }
            ids.add(prefix.toLowerCase(java.util.Locale.ROOT) + ":" + cite.group(3));
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new CrossReference(whole, kind, capitalised, ids));
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
