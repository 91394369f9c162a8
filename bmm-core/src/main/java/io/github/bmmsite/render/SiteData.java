package io.github.bmmsite.render;

import io.github.bmmsite.engine.Doc;
import io.github.bmmsite.engine.Inline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every template receives as {@code data}: the whole model, for menus, indexes and home pages. */
public record SiteData(
        @Doc("every document") List<DocumentRef> documents,
        @Doc("every view") List<ViewRef> views,
        @Doc("every group") List<GroupRef> groups,
        @Doc("every element") List<ElementRef> elements,
        @Doc("the views by the architecture model's folders, when views come from a model (the Modelo page)")
        Optional<ModelTreeData> modelTree,
        @Doc("every alignment matrix") List<MatrixRef> matrices,
        @Doc("the site's words by message key, in its language; read them with the macros m.msg, m.html and m.count")
        Map<String, String> messages,
        @Doc("how many entries a page of a list shows at most (bmm.pageSize); the home page shows as many of each list")
        int pageSize,
        @Doc("the pages that list every document, view, group, matrix and element") Lists lists) {

    /**
     * The pages of the site's lists: each list longer than a page ({@code pageSize}) has one, for the
     * home page to link to; the list of elements, which the home page does not show, whenever there are elements.
     */
    public record Lists(
            @Doc("the list of the documents with text of their own, when it is longer than a page") Optional<String> documents,
            @Doc("the list of views, when it is longer than a page") Optional<String> views,
            @Doc("the list of groups, when it is longer than a page") Optional<String> groups,
            @Doc("the list of alignment matrices, when it is longer than a page") Optional<String> matrices,
            @Doc("the list of elements, when there are any") Optional<String> elements) {
    }

    /** The model tree's top: its folder, with the count of every view in the tree. */
    public record ModelTreeData(
            @Inline ModelFolder top,
            @Doc("the Modelo page's path from the site root") String uri,
            @Doc("the views in no folder of the model") List<CountedView> others) {
    }

    /** A folder of the architecture model, as Archi's model tree lists it. */
    public record ModelFolder(
            @Doc("the folder's name (empty at the top)") String name,
            @Doc("the id of its heading on the Modelo page (empty at the top)") String anchor,
            @Doc("how many views it holds, in its folders too") int count,
            @Doc("its views, by name") List<CountedView> views,
            @Doc("its folders, by name") List<ModelFolder> folders) {
    }

    /** A view of the model tree, with its size. */
    public record CountedView(
            @Inline ViewRef view,
            @Doc("how many elements the view shows") int elementCount) {
    }
}
