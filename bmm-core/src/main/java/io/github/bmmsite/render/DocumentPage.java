package io.github.bmmsite.render;

import freemarker.template.TemplateModel;
import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.Inline;

import java.util.List;

/** {@code document.ftl}: a document's own text and its views. */
public record DocumentPage(
        @Inline PageInfo page,
        @Doc("the document") DocumentRef document,
        @Doc("its text outside its views") TemplateModel body,
        @Doc("a summary of the page in plain text, for its meta description") String description,
        @Doc("its views, in its order") List<ViewRef> views) implements PageContent {
}
