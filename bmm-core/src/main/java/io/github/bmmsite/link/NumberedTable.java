package io.github.bmmsite.link;

import com.vladsch.flexmark.ext.tables.TableBlock;
import io.github.bmmsite.diagnostic.SourceLocation;

/**
 * A table with a pandoc-crossref label ({@code : Caption {#tbl:id}}): numbered across the site in
 * reading order, like figures, so that {@code @tbl:id} reads "tabla N".
 */
public record NumberedTable(String id, int number, TableBlock table, SourceLocation location) {
}
