package io.github.bmmsite.model;

import com.vladsch.flexmark.ast.Image;
import io.github.bmmsite.diagnostic.SourceLocation;

import java.util.Optional;

/**
 * A pandoc figure: a paragraph holding only an image with an id. Numbered in reading order
 * across the whole site, as pandoc-crossref numbers figures across a book.
 *
 * @param id the anchor, {@code fig:id-…}, kept so that old deep links still land on it
 * @param viewSlug the view whose figure it is, if it is a view's
 */
public record Figure(String id, int number, Optional<String> viewSlug, Image image, SourceLocation location) {
}
