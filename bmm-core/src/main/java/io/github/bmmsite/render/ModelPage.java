package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.Inline;

/** {@code model.ftl}: the views by the model's folders, which it reads from {@code data.modelTree}. */
public record ModelPage(
        @Inline PageInfo page,
        @Doc("a summary of the page in plain text, for its meta description") String description) implements PageContent {
}
