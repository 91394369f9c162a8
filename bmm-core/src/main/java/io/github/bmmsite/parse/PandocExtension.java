package io.github.bmmsite.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Registers the pandoc syntax of {@link PandocInlines} with a flexmark parser. */
public final class PandocExtension implements Parser.ParserExtension {

    public static PandocExtension create() {
        return new PandocExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new PandocInlines.Factory());
    }
}
