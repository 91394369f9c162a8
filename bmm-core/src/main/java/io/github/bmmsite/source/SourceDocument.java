package io.github.bmmsite.source;

/**
 * A document ready for the Markdown parser.
 *
 * @param markdown the text with its metadata blocks blanked out line for line, so that parser
 *     offsets still give the author's line numbers
 */
public record SourceDocument(TextFile file, String markdown, Metadata metadata) {
}
