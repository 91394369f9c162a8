package io.github.bmmsite.bake;

import io.github.bmmsite.source.Placeholders;
import io.github.bmmsite.source.SourceDocument;

import java.util.List;
import java.util.Optional;

/**
 * What a title page says of the site: a document that holds only metadata (the export's first
 * page: {@code title}, {@code subtitle}, {@code author}, …) makes no page, but its title and subtitle,
 * once their placeholders have values, name the site when {@code config.site_title} does not.
 *
 * @param title the title, else the subtitle, of the first title page (in file-name order) that has one filled
 * @param subtitle its subtitle, when its title is the site's title too
 */
record TitlePage(Optional<String> title, Optional<String> subtitle) {

    static final TitlePage NONE = new TitlePage(Optional.empty(), Optional.empty());

    /** @param metadataOnly the documents that hold only metadata, in file-name order */
    static TitlePage of(List<SourceDocument> metadataOnly, Placeholders placeholders) {
        for (SourceDocument document : metadataOnly) {
            Optional<String> title = filled(document, "title", placeholders);
            Optional<String> subtitle = filled(document, "subtitle", placeholders);
            if (title.isPresent()) {
                return new TitlePage(title, subtitle);
            }
            if (subtitle.isPresent()) {
                return new TitlePage(subtitle, Optional.empty());
            }
        }
        return NONE;
    }

    /** A value whose placeholders all have values; one left pending names nothing yet. */
    private static Optional<String> filled(SourceDocument document, String key, Placeholders placeholders) {
        return document.metadata().text(key)
                .filter(text -> Placeholders.PLACEHOLDER.matcher(text).results()
                        .allMatch(found -> placeholders.valueOf(found.group(1)).isPresent()))
                .map(text -> placeholders.fill(text, name -> name).strip())
                .filter(text -> !text.isEmpty());
    }
}
