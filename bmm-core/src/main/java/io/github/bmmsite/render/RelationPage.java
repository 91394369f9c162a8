package io.github.bmmsite.render;

import freemarker.template.TemplateModel;
import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.Inline;

import java.util.List;
import java.util.Optional;

/** {@code relation.ftl}: a relation of the model that has a page of its own. */
public record RelationPage(
        @Inline PageInfo page,
        @Doc("the relation") Ends relation,
        @Doc("the model's documentation of the relation, when it has any") Optional<TemplateModel> body,
        @Doc("a summary of the page in plain text, for its meta description") String description,
        @Doc("the relation's properties in the model") List<PropertyRow> properties) implements PageContent {

    /** A relation: who does what to whom. */
    public record Ends(
            @Doc("the element it goes from") ElementRef source,
            @Doc("the element it goes to") ElementRef target,
            @Doc("the verb of its type (\"realiza\")") String verb,
            @Doc("its type's id (realization, serving…)") String type,
            @Doc("its name, when it says more than the verb") Optional<String> name) {
    }
}
