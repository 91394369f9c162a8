package io.github.bmmsite.render;

import freemarker.template.TemplateModel;
import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.Inline;

import java.util.List;
import java.util.Optional;

/** {@code element.ftl}: an element's type, groups, description, relations and value chain. */
public record ElementPage(
        @Inline PageInfo page,
        @Doc("the element") ElementRef element,
        @Doc("its description") TemplateModel body,
        @Doc("a summary of the page in plain text, for its meta description") String description,
        @Doc("the first view that describes it") Optional<ViewRef> view,
        @Doc("every view that shows it") List<ViewRef> views,
        @Doc("what other views, or other versions of the view, say differently about it")
        List<OtherDescription> otherDescriptions,
        @Doc("its first group") Optional<GroupRef> group,
        @Doc("every group it is in") List<GroupRef> groups,
        @Doc("its properties in the model") List<PropertyRow> properties,
        @Doc("its relations grouped by verb: first what it does, then what is done to it") List<RelationGroup> relations,
        @Doc("its value chain, when it goes two or more steps beyond the element's own relations")
        Optional<ValueChainData> valueChain,
        @Doc("what each relation verb the page shows means, in the order the page first shows it")
        List<VerbMeaning> legend,
        @Doc("the elements of its first group, else of its first view, listed beside the text, when there are others")
        Optional<Neighbours> neighbours)
        implements PageContent {

    /** Another text about the element. */
    public record OtherDescription(
            @Doc("the view the text comes from") ViewRef view,
            @Doc("the document the text comes from") Optional<DocumentRef> document,
            @Doc("true when the text is another version of the view (else absent)") Optional<Boolean> otherVersion,
            @Doc("true when the text is an older export (else absent)") Optional<Boolean> olderExport,
            @Doc("the text") TemplateModel body) {
    }

    /** The elements related to this one by one verb. */
    public record RelationGroup(
            @Doc("the verb, as the list's heading") String verb,
            @Doc("the elements at the other end") List<Related> elements) {
    }

    /** An element at the other end of a relation. */
    public record Related(
            @Inline ElementRef element,
            @Doc("what the model says of the relation") About relation) {
    }

    /** A relation verb with its meaning in plain words: "realiza", "contribuye a cumplir o hacer realidad". */
    public record VerbMeaning(
            @Doc("the verb, as the page shows it") String verb,
            @Doc("what it means, in plain words") String meaning) {
    }

    /** The elements of the group, or view, the element belongs to: at most a page of a list of them. */
    public record Neighbours(
            @Doc("group or view") String kind,
            @Doc("the group's name or the view's title") String title,
            @Doc("the group's or view's page") String uri,
            @Doc("how many elements the group or view has") int size,
            @Doc("the slice of at most bmm.pageSize elements, in the group's or view's order, that holds this one")
            List<ElementRef> elements) {
    }

    /** What the model says of a relation. */
    public record About(
            @Doc("its name, when it says more than the verb") Optional<String> name,
            @Doc("its documentation, when it has any") Optional<TemplateModel> body,
            @Doc("its properties") List<PropertyRow> properties,
            @Doc("its page's path from the site root, when it has a page") Optional<String> uri) {
    }
}
