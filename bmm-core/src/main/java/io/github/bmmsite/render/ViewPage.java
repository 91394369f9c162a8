package io.github.bmmsite.render;

import freemarker.template.TemplateModel;
import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.Inline;

import java.util.List;
import java.util.Optional;

/** {@code view.ftl}: a view's introduction, figure or drawing, elements by group, and other versions. */
public record ViewPage(
        @Inline PageInfo page,
        @Doc("the view") ViewRef view,
        @Doc("the breadcrumbs before the view (Modelo, then its folders), for a view only the model has")
        Optional<List<Step>> trail,
        @Doc("its properties in the model") List<PropertyRow> properties,
        @Doc("the shown version's introduction") TemplateModel body,
        @Doc("a summary of the page in plain text, for its meta description") String description,
        @Doc("the shown version's table \"Elementos del Modelo\", when it has one") Optional<TemplateModel> elementTable,
        @Doc("the document the shown version comes from, when several documents show the view")
        Optional<DocumentRef> sourceDocument,
        @Doc("the other documents that show the view, when several do") Optional<List<DocumentRef>> otherDocuments,
        @Doc("the other versions of the view") List<OtherVersion> otherVersions,
        @Doc("its elements by group (or, for a view only the model has, by Grouping and visual group)")
        List<ListedGroup> groups,
        @Doc("its elements in no group, at most as many as a page of a list shows (bmm.pageSize)")
        List<ListedElement> ungrouped,
        @Doc("how many elements in no group it has") int ungroupedCount,
        @Doc("the page that lists all its elements in no group, when they are more than it shows")
        Optional<String> allUngrouped,
        @Doc("its drawing, when the view has elements") Optional<ViewDiagram> diagram) implements PageContent {

    /** A step of the breadcrumbs. */
    public record Step(
            @Doc("where it leads") String uri,
            @Doc("its text") String title) {
    }

    /** Another version of the view. */
    public record OtherVersion(
            @Doc("the document it comes from") Optional<DocumentRef> document,
            @Doc("true when that document also holds the shown version or an earlier one (else absent)")
            Optional<Boolean> repeated,
            @Doc("its text") TemplateModel body) {
    }

    /** A card of the view's elements. */
    public record ListedGroup(
            @Doc("the group's name") String name,
            @Doc("its page's path, when it has a page") Optional<String> uri,
            @Doc("how many elements the group has, when it is a group of the documents") Optional<Integer> size,
            @Doc("its elements on this view") List<ListedElement> elements) {
    }

    /** An element of the view, with those drawn inside it. */
    public record ListedElement(
            @Inline ElementRef element,
            @Doc("the elements drawn inside it, when there are any") Optional<List<ListedElement>> contained)
            implements ListEntry {
    }
}
